package rw.paydesk.core.figures;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects grouped counts and sums (as a {@code GROUP BY currency, status} query answers
 * them) into one {@link CurrencyFigures} per currency, Rwandan francs first.
 */
public final class FigureSheet {

    private final Map<String, Map<Outcome, Tally>> byCurrency = new TreeMap<>();

    /** Adds one group; several groups of the same currency and outcome add up. */
    public FigureSheet add(String currency, Outcome outcome, long count, BigDecimal amount) {
        Tally tally = new Tally(count, amount == null ? BigDecimal.ZERO : amount);
        byCurrency.computeIfAbsent(currency, c -> new EnumMap<>(Outcome.class)).merge(outcome, tally, Tally::plus);
        return this;
    }

    public List<CurrencyFigures> byCurrency() {
        return byCurrency.entrySet().stream()
                .map(e -> new CurrencyFigures(e.getKey(), of(e.getValue(), Outcome.DONE),
                        of(e.getValue(), Outcome.UNDER_WAY), of(e.getValue(), Outcome.FAILED)))
                .sorted(Comparator.comparing((CurrencyFigures f) -> !"RWF".equals(f.currency())))
                .toList();
    }

    private static Tally of(Map<Outcome, Tally> tallies, Outcome outcome) {
        return tallies.getOrDefault(outcome, Tally.NONE);
    }
}
