package rw.paydesk.core.figures;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DayRangeTest {

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    void today_in_kigali_starts_at_22_00_utc_the_evening_before() {
        DayRange today = DayRange.today(at("2026-11-23T07:40:00Z"));
        assertEquals(LocalDate.of(2026, 11, 23), today.first());
        assertEquals(Instant.parse("2026-11-22T22:00:00Z"), today.start());
        assertEquals(Instant.parse("2026-11-23T22:00:00Z"), today.end());
    }

    @Test
    void at_23_00_utc_it_is_already_tomorrow_in_kigali() {
        DayRange today = DayRange.today(at("2026-11-23T23:00:00Z"));
        assertEquals(LocalDate.of(2026, 11, 24), today.first());
    }

    @Test
    void a_payment_at_21_59_utc_counts_today_and_one_at_22_00_tomorrow() {
        DayRange today = DayRange.today(at("2026-11-23T12:00:00Z"));
        assertTrue(today.contains(Instant.parse("2026-11-23T21:59:59.999Z")));
        assertFalse(today.contains(Instant.parse("2026-11-23T22:00:00Z")));
        assertTrue(today.contains(Instant.parse("2026-11-22T22:00:00Z")));
        assertFalse(today.contains(Instant.parse("2026-11-22T21:59:59Z")));
    }

    @Test
    void the_last_30_days_end_today_and_have_30_days() {
        DayRange month = DayRange.lastDays(30, at("2026-11-23T07:40:00Z"));
        assertEquals(LocalDate.of(2026, 10, 25), month.first());
        assertEquals(LocalDate.of(2026, 11, 23), month.last());
        assertEquals(30, month.days().size());
        assertEquals(Instant.parse("2026-10-24T22:00:00Z"), month.start());
    }

    @Test
    void kigali_is_two_hours_ahead_of_utc_which_the_sql_uses_to_find_the_day() {
        DayRange month = DayRange.lastDays(30, at("2026-03-29T12:00:00Z"));
        assertEquals(7200, month.utcOffsetSeconds());
        // what the per-day SQL computes: floor((epoch seconds + offset) / 86400) is the Kigali day
        long lateEvening = Instant.parse("2026-03-28T21:59:59Z").getEpochSecond();
        long midnight = Instant.parse("2026-03-28T22:00:00Z").getEpochSecond();
        assertEquals(LocalDate.of(2026, 3, 28), LocalDate.ofEpochDay(Math.floorDiv(lateEvening + 7200, 86400)));
        assertEquals(LocalDate.of(2026, 3, 29), LocalDate.ofEpochDay(Math.floorDiv(midnight + 7200, 86400)));
    }

    @Test
    void a_range_cannot_end_before_it_starts() {
        assertThrows(IllegalArgumentException.class,
                () -> new DayRange(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 22)));
        assertThrows(IllegalArgumentException.class, () -> DayRange.lastDays(0, Clock.systemUTC()));
    }
}
