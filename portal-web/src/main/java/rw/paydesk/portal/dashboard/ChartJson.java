package rw.paydesk.portal.dashboard;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import rw.paydesk.core.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The Chart.js configuration that {@code p:chart} draws: collected and paid out per day, as
 * bars side by side. Built on the server; PrimeFaces serves Chart.js itself, nothing is
 * fetched from outside.
 */
final class ChartJson {

    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private ChartJson() {
    }

    static String bars(List<LocalDate> days, String currency, List<BigDecimal> collected, List<BigDecimal> paid) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        days.forEach(d -> labels.add(LABEL.format(d)));
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(dataset("Collected (" + currency + ")", collected, "#14a37f", currency))
                                .add(dataset("Paid out (" + currency + ")", paid, "#0b5e8e", currency))))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("position", "bottom")))
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder()
                                        .add("grid", Json.createObjectBuilder().add("display", false))
                                        .add("ticks", Json.createObjectBuilder().add("maxRotation", 0).add("autoSkipPadding", 8)))
                                .add("y", Json.createObjectBuilder().add("beginAtZero", true))))
                .build().toString();
    }

    private static jakarta.json.JsonObjectBuilder dataset(String label, List<BigDecimal> values, String colour, String currency) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        int digits = Money.minorDigits(Money.currency(currency));
        values.forEach(v -> data.add(v.setScale(digits, java.math.RoundingMode.HALF_UP)));
        return Json.createObjectBuilder()
                .add("label", label)
                .add("data", data)
                .add("backgroundColor", colour)
                .add("borderRadius", 3)
                .add("maxBarThickness", 14);
    }
}
