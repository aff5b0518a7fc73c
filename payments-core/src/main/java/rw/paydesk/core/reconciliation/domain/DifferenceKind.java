package rw.paydesk.core.reconciliation.domain;

/** What differs between the accounts of one movement. One difference per movement and kind. */
public enum DifferenceKind {
    MISSING_HERE("Missing in PayDesk", "The gateway has it; PayDesk has no record of it."),
    MISSING_AT_GATEWAY("Missing at the gateway", "PayDesk sent it; the gateway's list does not have it."),
    AMOUNT("Amount differs", "The amounts do not agree."),
    FEE("Fee differs", "The fees do not agree."),
    CURRENCY("Currency differs", "The currencies do not agree."),
    STATUS("Status differs", "The statuses do not agree."),
    WEBHOOK_MISSING("Webhook missing", "The gateway finished it, but no webhook came."),
    WEBHOOK_DUPLICATED("Webhook duplicated", "The same webhook came more than once.");

    private final String label;
    private final String meaning;

    DifferenceKind(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    /** One sentence for a legend or a tooltip. */
    public String meaning() {
        return meaning;
    }
}
