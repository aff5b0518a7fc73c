package rw.paydesk.portal.reports;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import rw.paydesk.reporting.report.domain.Chart;
import rw.paydesk.reporting.report.domain.Series;

import java.util.List;

/**
 * A report's chart as the Chart.js configuration {@code p:chart} draws. Built on the server;
 * PrimeFaces serves Chart.js itself.
 */
final class ReportCharts {

    private static final List<String> COLOURS = List.of("#14a37f", "#0b5e8e", "#e0a100", "#d64545", "#7a5cc7",
            "#8a96a3", "#2f9fd8", "#b86b00");

    private ReportCharts() {
    }

    /** Counts (and amounts in francs) get no ticks between whole numbers. */
    private static boolean wholeNumbers(Chart chart) {
        return chart.series().stream().flatMap(s -> s.values().stream())
                .allMatch(v -> v.signum() == 0 || v.stripTrailingZeros().scale() <= 0);
    }

    static String json(Chart chart) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        chart.labels().forEach(labels::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        boolean doughnut = Chart.DOUGHNUT.equals(chart.type());
        for (int i = 0; i < chart.series().size(); i++) {
            Series s = chart.series().get(i);
            JsonArrayBuilder data = Json.createArrayBuilder();
            s.values().forEach(data::add);
            JsonObjectBuilder set = Json.createObjectBuilder().add("label", s.name()).add("data", data);
            if (doughnut) {
                JsonArrayBuilder colours = Json.createArrayBuilder();
                for (int j = 0; j < s.values().size(); j++) {
                    colours.add(COLOURS.get(j % COLOURS.size()));
                }
                set.add("backgroundColor", colours);
            } else {
                set.add("backgroundColor", COLOURS.get(i % COLOURS.size())).add("borderRadius", 3).add("maxBarThickness", 28);
            }
            datasets.add(set);
        }
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("position", "bottom")));
        if (!doughnut) {
            options.add("scales", Json.createObjectBuilder()
                    .add("x", Json.createObjectBuilder().add("grid", Json.createObjectBuilder().add("display", false)))
                    .add("y", Json.createObjectBuilder().add("beginAtZero", true).add("ticks", wholeNumbers(chart)
                            ? Json.createObjectBuilder().add("precision", 0) : Json.createObjectBuilder())));
        }
        return Json.createObjectBuilder()
                .add("type", chart.type())
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options)
                .build().toString();
    }
}
