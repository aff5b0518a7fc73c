package rw.paydesk.core.figures;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * Whole calendar days in Kigali, from {@code first} to {@code last} inclusive. The business
 * works on Kigali time whatever the server's zone, so "today" starts at midnight in Kigali
 * (22:00 UTC the day before).
 *
 * @param first the first day
 * @param last  the last day, not before {@code first}
 */
public record DayRange(LocalDate first, LocalDate last) {

    /** The business's time zone. */
    public static final ZoneId KIGALI = ZoneId.of("Africa/Kigali");

    public DayRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("a range of days cannot end (" + last + ") before it starts (" + first + ")");
        }
    }

    /** Today in Kigali. */
    public static DayRange today(Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(KIGALI));
        return new DayRange(today, today);
    }

    /** The last {@code days} days in Kigali, today included. */
    public static DayRange lastDays(int days, Clock clock) {
        if (days < 1) {
            throw new IllegalArgumentException("at least one day, not " + days);
        }
        LocalDate today = LocalDate.now(clock.withZone(KIGALI));
        return new DayRange(today.minusDays(days - 1L), today);
    }

    /** The first instant of the range: midnight in Kigali at the start of {@code first}. */
    public Instant start() {
        return first.atStartOfDay(KIGALI).toInstant();
    }

    /** The first instant after the range (exclusive end): midnight in Kigali after {@code last}. */
    public Instant end() {
        return last.plusDays(1).atStartOfDay(KIGALI).toInstant();
    }

    /** Whether {@code instant} falls on one of these days in Kigali. */
    public boolean contains(Instant instant) {
        return !instant.isBefore(start()) && instant.isBefore(end());
    }

    /** The days of the range, in order. */
    public List<LocalDate> days() {
        return first.datesUntil(last.plusDays(1)).toList();
    }

    /**
     * Kigali's offset from UTC in seconds, for SQL that finds a timestamp's day as
     * {@code floor((epoch seconds + offset) / 86400)}. Kigali keeps UTC+2 all year; should
     * the offset ever change within the range, that arithmetic would misplace an hour, so
     * it is refused instead.
     */
    public int utcOffsetSeconds() {
        ZoneOffset atStart = KIGALI.getRules().getOffset(start());
        ZoneOffset atEnd = KIGALI.getRules().getOffset(end());
        if (!atStart.equals(atEnd)) {
            throw new IllegalStateException("Kigali's UTC offset changes between " + first + " and " + last);
        }
        return atStart.getTotalSeconds();
    }
}
