package rw.paydesk.reporting.report.domain;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A chart of a report, drawn by whoever shows it (Chart.js on screen). A series never mixes
 * currencies: amounts get a chart per currency.
 *
 * @param type {@value #BAR} or {@value #DOUGHNUT}
 */
public record Chart(String id, String title, String type, List<String> labels, List<Series> series)
        implements Serializable {

    public static final String BAR = "bar";
    public static final String DOUGHNUT = "doughnut";

    public Chart {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        if (!BAR.equals(type) && !DOUGHNUT.equals(type)) {
            throw new IllegalArgumentException("a chart is a bar or doughnut chart, not " + type);
        }
        labels = List.copyOf(labels);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != labels.size()) {
                throw new IllegalArgumentException("chart " + id + ": series " + s.name() + " has " + s.values().size()
                        + " values for " + labels.size() + " labels");
            }
        }
    }
}
