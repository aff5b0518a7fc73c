package rw.paydesk.core.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Daily amounts laid out for a chart: one value for every day of a range, zero where nothing happened. */
public final class DailySeries {

    private DailySeries() {
    }

    /** The amounts of {@code currency} on each day of {@code range}, in order. */
    public static List<BigDecimal> amounts(DayRange range, String currency, List<DailyAmount> daily) {
        Map<LocalDate, BigDecimal> byDay = new LinkedHashMap<>();
        range.days().forEach(d -> byDay.put(d, BigDecimal.ZERO));
        daily.stream().filter(a -> a.currency().equals(currency) && byDay.containsKey(a.day()))
                .forEach(a -> byDay.merge(a.day(), a.amount(), BigDecimal::add));
        return List.copyOf(byDay.values());
    }

    /** The currencies that occur, Rwandan francs first and always present. */
    public static List<String> currencies(List<DailyAmount> daily) {
        TreeSet<String> others = new TreeSet<>();
        daily.forEach(a -> others.add(a.currency()));
        others.remove("RWF");
        return java.util.stream.Stream.concat(java.util.stream.Stream.of("RWF"), others.stream()).toList();
    }
}
