package rw.paydesk.core.figures;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FigureSheetTest {

    @Test
    void groups_of_one_currency_and_outcome_add_up_and_francs_come_first() {
        List<CurrencyFigures> figures = new FigureSheet()
                .add("USD", Outcome.DONE, 1, new BigDecimal("10.50"))
                .add("RWF", Outcome.DONE, 2, new BigDecimal("15000"))
                .add("RWF", Outcome.UNDER_WAY, 1, new BigDecimal("5000"))
                .add("RWF", Outcome.DONE, 1, new BigDecimal("1000"))
                .add("RWF", Outcome.FAILED, 3, null)
                .byCurrency();
        assertEquals(List.of("RWF", "USD"), figures.stream().map(CurrencyFigures::currency).toList());
        CurrencyFigures rwf = figures.get(0);
        assertEquals(new Tally(3, new BigDecimal("16000")), rwf.done());
        assertEquals(1, rwf.underWay().count());
        assertEquals(new Tally(3, BigDecimal.ZERO), rwf.failed());
        assertEquals(7, rwf.count());
        assertEquals(Tally.NONE, figures.get(1).failed());
    }

    @Test
    void a_chart_series_has_a_value_for_every_day_zero_where_nothing_happened() {
        DayRange days = new DayRange(LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 23));
        List<DailyAmount> daily = List.of(
                new DailyAmount(LocalDate.of(2026, 11, 23), "RWF", 2, new BigDecimal("7000")),
                new DailyAmount(LocalDate.of(2026, 11, 21), "RWF", 1, new BigDecimal("500")),
                new DailyAmount(LocalDate.of(2026, 11, 23), "USD", 1, new BigDecimal("3.00")),
                new DailyAmount(LocalDate.of(2026, 11, 20), "RWF", 1, new BigDecimal("999")));
        assertEquals(List.of(new BigDecimal("500"), BigDecimal.ZERO, new BigDecimal("7000")),
                DailySeries.amounts(days, "RWF", daily));
        assertEquals(List.of(BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("3.00")), DailySeries.amounts(days, "USD", daily));
        assertEquals(List.of("RWF", "USD"), DailySeries.currencies(daily));
        assertEquals(List.of("RWF"), DailySeries.currencies(List.of()));
    }

    @Test
    void a_per_day_sql_row_becomes_a_kigali_day_whatever_number_types_the_driver_answers() {
        DailyAmount a = DailyAmount.ofRow(new Object[] {new BigDecimal("20415"), "RWF", 3L, new BigDecimal("15000.0000")});
        assertEquals(LocalDate.of(2025, 11, 23), a.day());
        assertEquals(3, a.count());
        DailyAmount b = DailyAmount.ofRow(new Object[] {20415.0d, "USD", 1, 12.5d});
        assertEquals(LocalDate.of(2025, 11, 23), b.day());
        assertEquals(0, new BigDecimal("12.5").compareTo(b.amount()));
    }
}
