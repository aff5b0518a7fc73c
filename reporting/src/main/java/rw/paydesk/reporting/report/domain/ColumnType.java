package rw.paydesk.reporting.report.domain;

/**
 * What a column's cells hold: {@code TEXT} a {@link String}, {@code COUNT} a {@link Long},
 * {@code AMOUNT} a {@link java.math.BigDecimal} (in the currency named by the row's "Currency"
 * column), {@code TIME} an {@link java.time.Instant}. Any cell may be null.
 */
public enum ColumnType {
    TEXT, COUNT, AMOUNT, TIME
}
