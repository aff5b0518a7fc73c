package rw.paydesk.reporting.report.application;

import jakarta.persistence.EntityManager;
import rw.paydesk.core.ledger.domain.Direction;
import rw.paydesk.core.reconciliation.domain.DifferenceKind;
import rw.paydesk.core.reconciliation.domain.DifferenceState;
import rw.paydesk.reporting.period.domain.ReportPeriod;
import rw.paydesk.reporting.report.domain.Chart;
import rw.paydesk.reporting.report.domain.Column;
import rw.paydesk.reporting.report.domain.Report;
import rw.paydesk.reporting.report.domain.ReportKind;
import rw.paydesk.reporting.report.domain.Section;
import rw.paydesk.reporting.report.domain.Series;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static rw.paydesk.reporting.report.application.ReportBuilder.count;
import static rw.paydesk.reporting.report.application.ReportBuilder.decimal;

/**
 * Reconciliation differences that were exceptions at some moment of the period: they became an
 * exception before its end ({@code exception_at < end}) and were not closed before its start
 * ({@code closed_at} empty or {@code >= start}). That is the exceptions still open when the
 * period ended plus those cleared or resolved within it (or after it). State, closing and note
 * are as they stand when the report is generated.
 */
final class ExceptionsReport {

    private static final String IN_PERIOD = "from Difference d where d.exceptionAt is not null and d.exceptionAt < :end "
            + "and (d.closedAt is null or d.closedAt >= :start)";

    static final String TOTALS = "select d.kind, d.state, count(d) " + IN_PERIOD + " group by d.kind, d.state";

    static final String ROWS = "select d.exceptionAt, d.kind, d.reference, d.direction, d.amount, d.currency, d.ours, "
            + "d.gateway, d.webhook, d.state, d.firstSeenAt, d.closedAt, d.closedBy, d.note " + IN_PERIOD
            + " order by d.exceptionAt, d.id";

    private static final List<Column> TOTAL_COLUMNS = List.of(Column.text("Kind"), Column.text("State"),
            Column.count("Count"));

    private static final List<Column> ROW_COLUMNS = List.of(Column.time("Exception since (Kigali)"), Column.text("Kind"),
            Column.text("Reference"), Column.text("Direction"), Column.amount("Amount"), Column.text(Column.CURRENCY),
            Column.text("PayDesk says"), Column.text("Gateway says"), Column.text("Webhooks say"), Column.text("State"),
            Column.text("Age"), Column.time("Closed (Kigali)"), Column.text("Closed by"), Column.text("Note"));

    private static final List<DifferenceState> STATES = List.of(DifferenceState.EXCEPTION, DifferenceState.RESOLVED,
            DifferenceState.CLEARED, DifferenceState.EXPECTED);

    private ExceptionsReport() {
    }

    static Report build(EntityManager em, ReportPeriod period, Instant now) {
        Map<DifferenceKind, Map<DifferenceState, Long>> groups = new EnumMap<>(DifferenceKind.class);
        for (Object[] g : em.createQuery(TOTALS, Object[].class).setParameter("start", period.start())
                .setParameter("end", period.end()).getResultList()) {
            groups.computeIfAbsent((DifferenceKind) g[0], k -> new EnumMap<>(DifferenceState.class))
                    .put((DifferenceState) g[1], count(g[2]));
        }
        List<List<Object>> totals = new ArrayList<>();
        long all = 0;
        for (Map.Entry<DifferenceKind, Map<DifferenceState, Long>> kind : groups.entrySet()) {
            for (DifferenceState state : STATES) {
                Long n = kind.getValue().get(state);
                if (n != null) {
                    totals.add(Arrays.asList(kind.getKey().label(), state.label(), n));
                    all += n;
                }
            }
        }
        List<List<Object>> rows = em.createQuery(ROWS, Object[].class).setParameter("start", period.start())
                .setParameter("end", period.end()).setMaxResults(ReportBuilder.MAX_DETAIL_ROWS).getResultList()
                .stream().map(r -> row(r, now)).toList();
        List<Section> sections = List.of(
                new Section(Report.TOTALS, "Exceptions per kind and state", TOTAL_COLUMNS, totals, false,
                        "Differences that were exceptions during the period: open when it ended, or closed within it "
                                + "(or since). States as of the report's time."),
                new Section("rows", "Exceptions", ROW_COLUMNS, rows, true, ReportBuilder.capNote(rows.size(), all)));
        return new Report(ReportKind.EXCEPTIONS, period, now, sections, List.of(chart(groups)));
    }

    private static List<Object> row(Object[] r, Instant now) {
        Instant closed = (Instant) r[11];
        return Arrays.asList(r[0], ((DifferenceKind) r[1]).label(), r[2], r[3] == null ? null : ((Direction) r[3]).label(),
                decimal(r[4]), r[5], r[6], r[7], r[8], ((DifferenceState) r[9]).label(),
                age(Duration.between((Instant) r[10], closed == null ? now : closed)), closed, r[12], r[13]);
    }

    /** From first seen to closed (or to now when open): "45 min", "3 h 20 min", "2 d 4 h". */
    static String age(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes < 60) {
            return minutes + " min";
        }
        if (minutes < 24 * 60) {
            return minutes / 60 + " h " + minutes % 60 + " min";
        }
        return minutes / (24 * 60) + " d " + minutes % (24 * 60) / 60 + " h";
    }

    private static Chart chart(Map<DifferenceKind, Map<DifferenceState, Long>> groups) {
        List<DifferenceKind> kinds = List.copyOf(groups.keySet());
        List<Series> series = new ArrayList<>();
        for (DifferenceState state : STATES) {
            if (groups.values().stream().anyMatch(m -> m.containsKey(state))) {
                series.add(new Series(state.label(), kinds.stream()
                        .map(k -> BigDecimal.valueOf(groups.get(k).getOrDefault(state, 0L))).toList()));
            }
        }
        return new Chart("kinds", "Exceptions by kind and state (count)", Chart.BAR,
                kinds.stream().map(DifferenceKind::label).toList(), series);
    }
}
