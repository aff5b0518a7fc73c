package rw.paydesk.reporting.report.domain;

import java.io.Serializable;
import java.util.Objects;

/**
 * A column of a section. Amount columns take their currency from the row's column headed
 * {@value #CURRENCY}, which every section with amounts has.
 */
public record Column(String header, ColumnType type) implements Serializable {

    /** The header of the column that says which currency a row's amounts are in. */
    public static final String CURRENCY = "Currency";

    public Column {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(type, "type");
    }

    public static Column text(String header) {
        return new Column(header, ColumnType.TEXT);
    }

    public static Column count(String header) {
        return new Column(header, ColumnType.COUNT);
    }

    public static Column amount(String header) {
        return new Column(header, ColumnType.AMOUNT);
    }

    public static Column time(String header) {
        return new Column(header, ColumnType.TIME);
    }
}
