package rw.paydesk.reporting.subscription.domain;

import org.junit.jupiter.api.Test;
import rw.paydesk.reporting.period.domain.ReportPeriod;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScheduleTest {

    private static final Schedule DAILY_7 = new Schedule(Frequency.DAILY, LocalTime.of(7, 0), null, null);

    /** 07:00 in Kigali is 05:00 UTC. */
    @Test
    void a_daily_moment_is_the_time_in_kigali_and_covers_the_day_before() {
        Instant monday0900 = Instant.parse("2026-11-23T07:00:00Z");
        List<Instant> owed = DAILY_7.momentsBetween(Instant.parse("2026-11-23T04:00:00Z"), monday0900, 7);
        assertEquals(List.of(Instant.parse("2026-11-23T05:00:00Z")), owed);
        assertEquals(ReportPeriod.day(LocalDate.of(2026, 11, 22)), DAILY_7.periodAt(owed.get(0)));
    }

    @Test
    void a_moment_exactly_at_the_start_is_not_owed_one_exactly_now_is() {
        Instant seven = Instant.parse("2026-11-23T05:00:00Z");
        assertEquals(List.of(), DAILY_7.momentsBetween(seven, seven.plusSeconds(60), 7));
        assertEquals(List.of(seven), DAILY_7.momentsBetween(seven.minusSeconds(1), seven, 7));
    }

    @Test
    void moments_missed_while_down_are_owed_oldest_first_but_only_the_newest_few() {
        Instant created = Instant.parse("2026-11-01T10:00:00Z");
        Instant now = Instant.parse("2026-11-23T06:00:00Z");
        List<Instant> owed = DAILY_7.momentsBetween(created, now, 3);
        assertEquals(List.of(Instant.parse("2026-11-21T05:00:00Z"), Instant.parse("2026-11-22T05:00:00Z"),
                Instant.parse("2026-11-23T05:00:00Z")), owed);
    }

    @Test
    void a_late_evening_time_falls_on_the_kigali_day_not_the_utc_one() {
        Schedule late = new Schedule(Frequency.DAILY, LocalTime.of(23, 30), null, null);
        // 23:30 Kigali on 22 November is 21:30 UTC the same day
        List<Instant> owed = late.momentsBetween(Instant.parse("2026-11-22T00:00:00Z"), Instant.parse("2026-11-22T22:00:00Z"), 7);
        assertEquals(List.of(Instant.parse("2026-11-22T21:30:00Z")), owed);
        assertEquals(ReportPeriod.day(LocalDate.of(2026, 11, 21)), late.periodAt(owed.get(0)));
    }

    @Test
    void weekly_sends_on_its_day_and_covers_the_last_complete_week() {
        Schedule monday = new Schedule(Frequency.WEEKLY, LocalTime.of(6, 0), DayOfWeek.MONDAY, null);
        List<Instant> owed = monday.momentsBetween(Instant.parse("2026-11-10T00:00:00Z"), Instant.parse("2026-11-24T00:00:00Z"), 7);
        assertEquals(List.of(Instant.parse("2026-11-16T04:00:00Z"), Instant.parse("2026-11-23T04:00:00Z")), owed);
        assertEquals(ReportPeriod.week(LocalDate.of(2026, 11, 16)), monday.periodAt(owed.get(1)));
        assertEquals("Every Monday at 06:00", monday.describe());
    }

    @Test
    void monthly_sends_on_its_day_and_covers_the_last_complete_month() {
        Schedule second = new Schedule(Frequency.MONTHLY, LocalTime.of(8, 15), null, 2);
        Instant next = second.nextAfter(Instant.parse("2026-11-23T00:00:00Z"));
        assertEquals(Instant.parse("2026-12-02T06:15:00Z"), next);
        assertEquals(ReportPeriod.month(YearMonth.of(2026, 11)), second.periodAt(next));
        assertEquals("On the 2nd of every month at 08:15", second.describe());
    }

    @Test
    void the_days_a_schedule_needs_are_required_and_checked() {
        assertThrows(IllegalArgumentException.class, () -> new Schedule(Frequency.WEEKLY, LocalTime.NOON, null, null));
        IllegalArgumentException day29 = assertThrows(IllegalArgumentException.class,
                () -> new Schedule(Frequency.MONTHLY, LocalTime.NOON, null, 29));
        assertTrue(day29.getMessage().contains("1 to 28"), day29.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Schedule.time("7h"));
        assertEquals(LocalTime.of(7, 5), Schedule.time("7:05"));
    }

    @Test
    void each_period_has_one_key_whatever_moment_of_its_sending_day() {
        Schedule daily = DAILY_7;
        assertEquals(daily.periodAt(Instant.parse("2026-11-23T05:00:00Z")),
                daily.periodAt(Instant.parse("2026-11-23T21:59:00Z")));
    }
}
