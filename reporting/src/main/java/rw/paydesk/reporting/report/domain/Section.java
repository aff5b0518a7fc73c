package rw.paydesk.reporting.report.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A table of a report. Cells match their column's {@link ColumnType}; rows are as wide as the
 * columns.
 *
 * @param id      stable name ("totals", "providers", "rows"), for pages, tests and file names
 * @param title   for people
 * @param detail  true for the long list of individual records, which the mail's summary leaves
 *                out (it is in the attachments)
 * @param note    what a reader must know about the rows (e.g. that they were capped), or null
 */
public record Section(String id, String title, List<Column> columns, List<List<Object>> rows, boolean detail,
                      String note) implements Serializable {

    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("section " + id + ": a row has " + row.size() + " cells for "
                        + columns.size() + " columns");
            }
            for (int i = 0; i < row.size(); i++) {
                check(id, columns.get(i), row.get(i));
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
    }

    private static void check(String id, Column column, Object cell) {
        if (cell == null) {
            return;
        }
        boolean fits = switch (column.type()) {
            case TEXT -> cell instanceof String;
            case COUNT -> cell instanceof Long;
            case AMOUNT -> cell instanceof BigDecimal;
            case TIME -> cell instanceof Instant;
        };
        if (!fits) {
            throw new IllegalArgumentException("section " + id + ", column " + column.header() + ": "
                    + cell.getClass().getSimpleName() + " in a " + column.type() + " column");
        }
    }

    /** The index of the column with this header, or -1. */
    public int columnIndex(String header) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).header().equals(header)) {
                return i;
            }
        }
        return -1;
    }

    /** The currency of a row's amounts, or null when the section has no currency column. */
    public String currencyOf(List<Object> row) {
        int i = columnIndex(Column.CURRENCY);
        return i < 0 ? null : (String) row.get(i);
    }
}
