package rw.paydesk.core.ledger.domain;

/**
 * The order of the Transactions page: one column, then the entry's id the same way, so pages
 * never overlap.
 *
 * @param column    what to sort by
 * @param ascending smallest first
 */
public record LedgerSort(Column column, boolean ascending) {

    /** The columns the page sorts by, with the entity attribute behind each. */
    public enum Column {
        CREATED("createdAt"), UPDATED("updatedAt"), AMOUNT("amount"), STATUS("status"), DIRECTION("direction"),
        CURRENCY("currency"), PROVIDER("provider"), REFERENCE("reference");

        private final String attribute;

        Column(String attribute) {
            this.attribute = attribute;
        }

        public String attribute() {
            return attribute;
        }

        /** The column behind an attribute name, or CREATED. */
        public static Column of(String attribute) {
            for (Column c : values()) {
                if (c.attribute.equals(attribute)) {
                    return c;
                }
            }
            return CREATED;
        }
    }

    /** Newest first. */
    public static LedgerSort newestFirst() {
        return new LedgerSort(Column.CREATED, false);
    }

    public LedgerSort {
        column = column == null ? Column.CREATED : column;
    }
}
