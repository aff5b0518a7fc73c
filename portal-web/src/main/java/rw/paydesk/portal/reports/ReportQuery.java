package rw.paydesk.portal.reports;

import rw.paydesk.reporting.period.domain.ReportPeriod;
import rw.paydesk.reporting.report.domain.ReportKind;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

/**
 * Which report and period the page and the download ask for, read from request parameters:
 * {@code kind} (a {@link ReportKind#slug()}, default settlement), {@code period} ({@code day},
 * {@code week}, {@code month} or {@code custom}, default day), {@code date} (the day, or any day
 * of the week or month, ISO; a month may also be given as {@code 2026-11}; default today in
 * Kigali) and {@code from}/{@code to} for a custom period.
 */
record ReportQuery(ReportKind kind, ReportPeriod period) {

    /**
     * @throws IllegalArgumentException with a message for the user when a parameter is wrong
     */
    static ReportQuery of(Function<String, String> parameter, LocalDate today) {
        String kind = blankToNull(parameter.apply("kind"));
        ReportKind k = kind == null ? ReportKind.SETTLEMENT : ReportKind.fromSlug(kind);
        String period = blankToNull(parameter.apply("period"));
        String p = period == null ? "day" : period.toLowerCase(Locale.ROOT);
        String dateText = blankToNull(parameter.apply("date"));
        return new ReportQuery(k, switch (p) {
            case "day" -> ReportPeriod.day(date(dateText, "date", today));
            case "week" -> ReportPeriod.week(date(dateText, "date", today));
            case "month" -> ReportPeriod.month(dateText != null && dateText.length() == 7 ? month(dateText)
                    : YearMonth.from(date(dateText, "date", today)));
            case "custom" -> ReportPeriod.custom(date(blankToNull(parameter.apply("from")), "from", null),
                    date(blankToNull(parameter.apply("to")), "to", null));
            default -> throw new IllegalArgumentException("The period is a day, a week, a month or custom, not '"
                    + period + "'.");
        });
    }

    /** The parameters that ask for this report again: "kind=settlement&period=day&date=2026-11-23". */
    String parameters() {
        String base = "kind=" + kind.slug() + "&period=" + period.kind().name().toLowerCase(Locale.ROOT);
        if (period.kind() == ReportPeriod.Kind.CUSTOM) {
            return base + "&from=" + period.first() + "&to=" + period.last();
        }
        return base + "&date=" + URLEncoder.encode(period.first().toString(), StandardCharsets.UTF_8);
    }

    private static LocalDate date(String text, String name, LocalDate fallback) {
        if (text == null) {
            if (fallback == null) {
                throw new IllegalArgumentException("A custom period needs both dates, from and to.");
            }
            return fallback;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date (" + name + "); write it as 2026-11-23.");
        }
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a month; write it as 2026-11.");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
