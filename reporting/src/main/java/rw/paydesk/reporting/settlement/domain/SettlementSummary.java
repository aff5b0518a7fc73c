package rw.paydesk.reporting.settlement.domain;

import rw.paydesk.core.ledger.domain.Direction;
import rw.paydesk.core.ledger.domain.LedgerStatus;
import rw.paydesk.reporting.period.domain.ReportPeriod;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The settlement summary of a period: figures per currency and provider, and per currency in
 * all. Movements count in the period they were created in (the ledger's {@code created_at}).
 * Amounts of different currencies are never added together. See {@link SettlementFigures} for
 * which amounts and fees count.
 *
 * @param period the period covered
 * @param lines  one line per currency and provider that had any movement, by currency then provider
 * @param totals one line per currency, by currency
 */
public record SettlementSummary(ReportPeriod period, List<Line> lines, List<CurrencyTotal> totals) {

    /** The provider shown for movements whose provider the ledger does not know. */
    public static final String UNKNOWN_PROVIDER = "(not known)";

    public SettlementSummary {
        Objects.requireNonNull(period, "period");
        lines = List.copyOf(lines);
        totals = List.copyOf(totals);
    }

    /** The figures of one provider in one currency. */
    public record Line(String currency, String provider, SettlementFigures figures) {
    }

    /** The figures of one currency, all providers together. */
    public record CurrencyTotal(String currency, SettlementFigures figures) {
    }

    /**
     * What the database counted for one currency, provider, direction and status: how many
     * movements, and the sums of their amounts and fees (null when there is nothing to add).
     */
    public record Group(String currency, String provider, Direction direction, LedgerStatus status, long count,
                        BigDecimal amount, BigDecimal fee) {
    }

    /**
     * Puts the database's groups (a few per currency and provider, however many movements they
     * count) into lines and totals.
     */
    public static SettlementSummary of(ReportPeriod period, List<Group> groups) {
        Map<String, Map<String, SettlementFigures>> byCurrency = new TreeMap<>();
        for (Group g : groups) {
            String provider = g.provider() == null || g.provider().isBlank() ? UNKNOWN_PROVIDER : g.provider();
            byCurrency.computeIfAbsent(g.currency(), c -> new TreeMap<>())
                    .merge(provider, SettlementFigures.NONE.plus(g.direction(), g.status(), g.count(), g.amount(), g.fee()),
                            SettlementFigures::plus);
        }
        List<Line> lines = new ArrayList<>();
        List<CurrencyTotal> totals = new ArrayList<>();
        byCurrency.forEach((currency, providers) -> {
            SettlementFigures total = SettlementFigures.NONE;
            for (Map.Entry<String, SettlementFigures> p : providers.entrySet()) {
                lines.add(new Line(currency, p.getKey(), p.getValue()));
                total = total.plus(p.getValue());
            }
            totals.add(new CurrencyTotal(currency, total));
        });
        return new SettlementSummary(period, lines, totals);
    }

    /** The line of one currency and provider, if it had any movement. */
    public java.util.Optional<Line> line(String currency, String provider) {
        return lines.stream().filter(l -> l.currency().equals(currency) && l.provider().equals(provider)).findFirst();
    }

    /** The total of one currency, if it had any movement. */
    public java.util.Optional<CurrencyTotal> total(String currency) {
        return totals.stream().filter(t -> t.currency().equals(currency)).findFirst();
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }
}
