package rw.paydesk.reporting.subscription.domain;

import rw.paydesk.reporting.period.domain.ReportPeriod;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * When a subscribed report is sent, in Kigali time: every day at a time, every week on a day
 * at a time, or every month on a day (1 to 28, so that every month has it) at a time. Each
 * sending moment covers the last complete period before its day
 * ({@link ReportPeriod#previousComplete}), so the moment fixes the period and the period
 * identifies the run.
 *
 * @param frequency  daily, weekly or monthly
 * @param at         the time of day in Kigali
 * @param dayOfWeek  the day of a weekly report, else null
 * @param dayOfMonth the day of a monthly report (1–28), else null
 */
public record Schedule(Frequency frequency, LocalTime at, DayOfWeek dayOfWeek, Integer dayOfMonth) {

    public static final int LAST_DAY_OF_MONTH = 28;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    /**
     * @throws IllegalArgumentException with a message for the user when a day is missing or out
     *                                  of range
     */
    public Schedule {
        if (frequency == null) {
            throw new IllegalArgumentException("Choose how often the report is sent.");
        }
        if (at == null) {
            throw new IllegalArgumentException("Choose the time of day the report is sent.");
        }
        at = at.withSecond(0).withNano(0);
        switch (frequency) {
            case DAILY -> {
                dayOfWeek = null;
                dayOfMonth = null;
            }
            case WEEKLY -> {
                if (dayOfWeek == null) {
                    throw new IllegalArgumentException("Choose the day of the week the report is sent.");
                }
                dayOfMonth = null;
            }
            case MONTHLY -> {
                if (dayOfMonth == null || dayOfMonth < 1 || dayOfMonth > LAST_DAY_OF_MONTH) {
                    throw new IllegalArgumentException("Choose a day of the month from 1 to " + LAST_DAY_OF_MONTH
                            + " (every month has those).");
                }
                dayOfWeek = null;
            }
        }
    }

    /** Reads a time written {@code HH:mm} (07:00, 7:30). */
    public static LocalTime time(String hhmm) {
        try {
            String t = Objects.requireNonNullElse(hhmm, "").trim();
            return LocalTime.parse(t.length() == 4 ? "0" + t : t, HH_MM);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Write the time as hours and minutes, e.g. 07:00.");
        }
    }

    public String atText() {
        return HH_MM.format(at);
    }

    /** Whether the given Kigali day is a sending day. */
    boolean sendsOn(LocalDate day) {
        return switch (frequency) {
            case DAILY -> true;
            case WEEKLY -> day.getDayOfWeek() == dayOfWeek;
            case MONTHLY -> day.getDayOfMonth() == dayOfMonth;
        };
    }

    private Instant moment(LocalDate day) {
        return ZonedDateTime.of(day, at, ReportPeriod.KIGALI).toInstant();
    }

    /**
     * The sending moments in {@code (after, upTo]}, oldest first, at most {@code max} of them
     * (the newest ones when there are more): what a scheduler that last looked at {@code after}
     * owes at {@code upTo}.
     */
    public List<Instant> momentsBetween(Instant after, Instant upTo, int max) {
        List<Instant> found = new ArrayList<>();
        LocalDate day = LocalDate.ofInstant(upTo, ReportPeriod.KIGALI);
        LocalDate oldest = LocalDate.ofInstant(after, ReportPeriod.KIGALI).minusDays(1);
        while (!day.isBefore(oldest) && found.size() < max) {
            if (sendsOn(day)) {
                Instant m = moment(day);
                if (m.isAfter(after) && !m.isAfter(upTo)) {
                    found.add(m);
                }
            }
            day = day.minusDays(1);
        }
        Collections.reverse(found);
        return found;
    }

    /** The first sending moment after {@code instant}. */
    public Instant nextAfter(Instant instant) {
        LocalDate day = LocalDate.ofInstant(instant, ReportPeriod.KIGALI);
        for (int i = 0; i < 62; i++, day = day.plusDays(1)) {
            if (sendsOn(day) && moment(day).isAfter(instant)) {
                return moment(day);
            }
        }
        throw new IllegalStateException("no sending day within two months: " + this);
    }

    /** The period the mail sent at {@code moment} covers. */
    public ReportPeriod periodAt(Instant moment) {
        return ReportPeriod.previousComplete(frequency.periodKind(), moment);
    }

    /** "Every day at 07:00", "Every Monday at 07:00", "On the 1st of every month at 06:30" (Kigali time). */
    public String describe() {
        return switch (frequency) {
            case DAILY -> "Every day at " + atText();
            case WEEKLY -> "Every " + dayOfWeek.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " at " + atText();
            case MONTHLY -> "On the " + ordinal(dayOfMonth) + " of every month at " + atText();
        };
    }

    private static String ordinal(int n) {
        String suffix = n >= 11 && n <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
