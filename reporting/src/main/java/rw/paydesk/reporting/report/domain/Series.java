package rw.paydesk.reporting.report.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** One set of bars or slices of a chart: counts, or amounts of a single currency. */
public record Series(String name, List<BigDecimal> values) implements Serializable {

    public Series {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
    }
}
