package rw.paydesk.reporting.period.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;

/**
 * The dates a report covers, both included, in Kigali: one day, one week (Monday to Sunday), one
 * calendar month, or a custom range of at most {@value #MAX_CUSTOM_DAYS} days.
 *
 * <p>A period is resolved to instants as {@code [start, end)}: from midnight in Kigali on its
 * first day to midnight in Kigali after its last day. Kigali keeps UTC+2 all year (no daylight
 * saving time), so every day is 24 hours and midnight is 22:00 UTC the evening before; the
 * calculation goes through the zone all the same, so it does not depend on that fact.
 *
 * @param kind  what sort of period this is
 * @param first the first day covered
 * @param last  the last day covered (included)
 */
public record ReportPeriod(Kind kind, LocalDate first, LocalDate last) {

    /** The zone every report counts its days in, whatever the server's zone. */
    public static final ZoneId KIGALI = ZoneId.of("Africa/Kigali");

    /** The longest custom range, in days, both ends included: a leap year. */
    public static final int MAX_CUSTOM_DAYS = 366;

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter WEEKDAY_DAY_MONTH_YEAR =
            DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    /** The kinds of period a report can cover. */
    public enum Kind {
        DAY, WEEK, MONTH, CUSTOM
    }

    /**
     * Checks that the dates fit the kind, so that a period built any way is one of the four.
     *
     * @throws IllegalArgumentException with a message for the user when they do not
     */
    public ReportPeriod {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(first, "first day");
        Objects.requireNonNull(last, "last day");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("The period ends (" + last.format(DAY_MONTH_YEAR)
                    + ") before it starts (" + first.format(DAY_MONTH_YEAR) + ").");
        }
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        switch (kind) {
            case DAY -> require(days == 1, "A day's report covers one day.");
            case WEEK -> require(first.getDayOfWeek() == DayOfWeek.MONDAY && days == 7,
                    "A week's report covers Monday to Sunday.");
            case MONTH -> require(first.getDayOfMonth() == 1 && last.equals(first.with(TemporalAdjusters.lastDayOfMonth())),
                    "A month's report covers a calendar month, from its first day to its last.");
            case CUSTOM -> require(days <= MAX_CUSTOM_DAYS, "A custom period covers at most " + MAX_CUSTOM_DAYS
                    + " days; " + first.format(DAY_MONTH_YEAR) + " to " + last.format(DAY_MONTH_YEAR) + " is " + days
                    + " days.");
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    public static ReportPeriod day(LocalDate day) {
        return new ReportPeriod(Kind.DAY, day, day);
    }

    /** The week, Monday to Sunday, that holds the given day. */
    public static ReportPeriod week(LocalDate anyDay) {
        LocalDate monday = anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new ReportPeriod(Kind.WEEK, monday, monday.plusDays(6));
    }

    public static ReportPeriod month(YearMonth month) {
        return new ReportPeriod(Kind.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    /**
     * The days from {@code first} to {@code last}, both included.
     *
     * @throws IllegalArgumentException if {@code last} is before {@code first} or the range is
     *                                  longer than {@value #MAX_CUSTOM_DAYS} days
     */
    public static ReportPeriod custom(LocalDate first, LocalDate last) {
        return new ReportPeriod(Kind.CUSTOM, first, last);
    }

    /**
     * The last complete period of this kind before the Kigali day that holds {@code asOf}: what
     * a report sent at that moment covers. At any time on Tuesday 24 November 2026 (Kigali), the
     * day is Monday 23, the week is 16–22 November and the month is October 2026.
     *
     * @throws IllegalArgumentException for {@link Kind#CUSTOM}, which has no "previous"
     */
    public static ReportPeriod previousComplete(Kind kind, Instant asOf) {
        LocalDate today = LocalDate.ofInstant(asOf, KIGALI);
        return switch (kind) {
            case DAY -> day(today.minusDays(1));
            case WEEK -> week(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1));
            case MONTH -> month(YearMonth.from(today).minusMonths(1));
            case CUSTOM -> throw new IllegalArgumentException("A custom period has no previous period.");
        };
    }

    /** Midnight in Kigali at the start of the first day (included). */
    public Instant start() {
        return first.atStartOfDay(KIGALI).toInstant();
    }

    /** Midnight in Kigali after the last day (excluded). */
    public Instant end() {
        return last.plusDays(1).atStartOfDay(KIGALI).toInstant();
    }

    /** True if the instant falls in {@code [start, end)}. */
    public boolean contains(Instant instant) {
        return !instant.isBefore(start()) && instant.isBefore(end());
    }

    /** How many days the period covers, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    /**
     * The period as a person reads it: "Monday 23 November 2026", "Week of 23 November 2026",
     * "November 2026", "1–15 November 2026" (custom ranges name only what the two ends do not
     * share: "28 October – 3 November 2026", "28 December 2026 – 3 January 2027").
     */
    public String label() {
        return switch (kind) {
            case DAY -> first.format(WEEKDAY_DAY_MONTH_YEAR);
            case WEEK -> "Week of " + first.format(DAY_MONTH_YEAR);
            case MONTH -> first.format(MONTH_YEAR);
            case CUSTOM -> customLabel();
        };
    }

    private String customLabel() {
        if (first.equals(last)) {
            return first.format(DAY_MONTH_YEAR);
        }
        if (first.getYear() != last.getYear()) {
            return first.format(DAY_MONTH_YEAR) + " – " + last.format(DAY_MONTH_YEAR);
        }
        if (first.getMonth() != last.getMonth()) {
            return first.format(DAY_MONTH) + " – " + last.format(DAY_MONTH_YEAR);
        }
        return first.getDayOfMonth() + "–" + last.format(DAY_MONTH_YEAR);
    }

    @Override
    public String toString() {
        return label();
    }
}
