package rw.paydesk.reporting.period.domain;

import org.junit.jupiter.api.Test;
import rw.paydesk.reporting.period.domain.ReportPeriod.Kind;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportPeriodTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void a_day_runs_from_midnight_to_midnight_in_kigali() {
        ReportPeriod cut = ReportPeriod.day(d("2026-11-23"));

        assertEquals(Instant.parse("2026-11-22T22:00:00Z"), cut.start());
        assertEquals(Instant.parse("2026-11-23T22:00:00Z"), cut.end());
        assertEquals("Monday 23 November 2026", cut.label());
        assertTrue(cut.contains(Instant.parse("2026-11-22T22:00:00Z")));
        assertTrue(cut.contains(Instant.parse("2026-11-23T21:59:59.999Z")));
        assertFalse(cut.contains(Instant.parse("2026-11-23T22:00:00Z")));
        assertFalse(cut.contains(Instant.parse("2026-11-22T21:59:59.999Z")));
    }

    @Test
    void kigali_has_no_daylight_saving_time_so_every_day_is_24_hours() {
        // the nights Europe and North America change their clocks
        for (String day : new String[] {"2026-03-08", "2026-03-29", "2026-10-25", "2026-11-01"}) {
            ReportPeriod cut = ReportPeriod.day(d(day));
            assertEquals(Duration.ofHours(24), Duration.between(cut.start(), cut.end()), day);
            assertEquals(d(day).minusDays(1).atTime(22, 0).toInstant(java.time.ZoneOffset.UTC), cut.start(), day);
        }
        ReportPeriod year = ReportPeriod.custom(d("2026-01-01"), d("2026-12-31"));
        assertEquals(Duration.ofDays(365), Duration.between(year.start(), year.end()));
    }

    @Test
    void a_week_runs_monday_to_sunday_even_across_a_month_end() {
        ReportPeriod cut = ReportPeriod.week(d("2026-12-02")); // a Wednesday

        assertEquals(d("2026-11-30"), cut.first());
        assertEquals(d("2026-12-06"), cut.last());
        assertEquals(Instant.parse("2026-11-29T22:00:00Z"), cut.start());
        assertEquals(Instant.parse("2026-12-06T22:00:00Z"), cut.end());
        assertEquals("Week of 30 November 2026", cut.label());
        assertEquals(ReportPeriod.week(d("2026-11-30")), ReportPeriod.week(d("2026-12-06")));
    }

    @Test
    void a_week_across_a_year_end() {
        ReportPeriod cut = ReportPeriod.week(d("2027-01-01")); // a Friday

        assertEquals(d("2026-12-28"), cut.first());
        assertEquals(d("2027-01-03"), cut.last());
        assertEquals("Week of 28 December 2026", cut.label());
    }

    @Test
    void a_month_ends_on_its_own_last_day() {
        assertEquals(d("2026-11-30"), ReportPeriod.month(YearMonth.of(2026, 11)).last());
        assertEquals(d("2026-12-31"), ReportPeriod.month(YearMonth.of(2026, 12)).last());
        assertEquals(d("2026-02-28"), ReportPeriod.month(YearMonth.of(2026, 2)).last());
        assertEquals(d("2028-02-29"), ReportPeriod.month(YearMonth.of(2028, 2)).last()); // leap year

        ReportPeriod november = ReportPeriod.month(YearMonth.of(2026, 11));
        assertEquals("November 2026", november.label());
        assertEquals(Instant.parse("2026-10-31T22:00:00Z"), november.start());
        assertEquals(Instant.parse("2026-11-30T22:00:00Z"), november.end());
        assertEquals(29, ReportPeriod.month(YearMonth.of(2028, 2)).days());
    }

    @Test
    void custom_ranges_include_both_ends_and_are_labelled_by_what_differs() {
        ReportPeriod cut = ReportPeriod.custom(d("2026-11-01"), d("2026-11-15"));

        assertEquals(15, cut.days());
        assertEquals(Instant.parse("2026-10-31T22:00:00Z"), cut.start());
        assertEquals(Instant.parse("2026-11-15T22:00:00Z"), cut.end());
        assertEquals("1–15 November 2026", cut.label());
        assertEquals("28 October – 3 November 2026", ReportPeriod.custom(d("2026-10-28"), d("2026-11-03")).label());
        assertEquals("28 December 2026 – 3 January 2027", ReportPeriod.custom(d("2026-12-28"), d("2027-01-03")).label());
        assertEquals("5 November 2026", ReportPeriod.custom(d("2026-11-05"), d("2026-11-05")).label());
    }

    @Test
    void a_custom_range_may_cover_a_leap_year_but_no_more() {
        assertEquals(366, ReportPeriod.custom(d("2028-01-01"), d("2028-12-31")).days());

        IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class,
                () -> ReportPeriod.custom(d("2026-01-01"), d("2027-01-02")));
        assertEquals("A custom period covers at most 366 days; 1 January 2026 to 2 January 2027 is 367 days.",
                tooLong.getMessage());
    }

    @Test
    void a_custom_range_that_ends_before_it_starts_is_refused() {
        IllegalArgumentException backwards = assertThrows(IllegalArgumentException.class,
                () -> ReportPeriod.custom(d("2026-11-15"), d("2026-11-01")));
        assertEquals("The period ends (1 November 2026) before it starts (15 November 2026).", backwards.getMessage());
    }

    @Test
    void periods_that_do_not_fit_their_kind_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> new ReportPeriod(Kind.WEEK, d("2026-11-24"), d("2026-11-30")));
        assertThrows(IllegalArgumentException.class, () -> new ReportPeriod(Kind.MONTH, d("2026-11-01"), d("2026-11-29")));
        assertThrows(IllegalArgumentException.class, () -> new ReportPeriod(Kind.DAY, d("2026-11-01"), d("2026-11-02")));
    }

    @Test
    void the_previous_complete_period_is_what_a_report_sent_this_morning_covers() {
        // Tuesday 24 November 2026, 06:00 in Kigali
        Instant tuesdayMorning = Instant.parse("2026-11-24T04:00:00Z");

        assertEquals(ReportPeriod.day(d("2026-11-23")), ReportPeriod.previousComplete(Kind.DAY, tuesdayMorning));
        assertEquals(ReportPeriod.week(d("2026-11-16")), ReportPeriod.previousComplete(Kind.WEEK, tuesdayMorning));
        assertEquals(ReportPeriod.month(YearMonth.of(2026, 10)), ReportPeriod.previousComplete(Kind.MONTH, tuesdayMorning));
        assertThrows(IllegalArgumentException.class, () -> ReportPeriod.previousComplete(Kind.CUSTOM, tuesdayMorning));
    }

    @Test
    void the_previous_period_counts_from_the_kigali_day_not_the_utc_day() {
        // 23:30 UTC on Sunday 30 November is already Monday 1 December, 01:30, in Kigali
        Instant justAfterKigaliMidnight = Instant.parse("2026-11-30T23:30:00Z");

        assertEquals(ReportPeriod.day(d("2026-11-30")), ReportPeriod.previousComplete(Kind.DAY, justAfterKigaliMidnight));
        assertEquals(ReportPeriod.week(d("2026-11-23")), ReportPeriod.previousComplete(Kind.WEEK, justAfterKigaliMidnight));
        assertEquals(ReportPeriod.month(YearMonth.of(2026, 11)),
                ReportPeriod.previousComplete(Kind.MONTH, justAfterKigaliMidnight));
        // on a Monday the previous week is the one that ended last night; in January, the previous month is December
        assertEquals(ReportPeriod.month(YearMonth.of(2026, 12)),
                ReportPeriod.previousComplete(Kind.MONTH, Instant.parse("2027-01-01T08:00:00Z")));
        assertEquals(ReportPeriod.day(d("2028-02-29")),
                ReportPeriod.previousComplete(Kind.DAY, Instant.parse("2028-03-01T08:00:00Z")));
    }
}
