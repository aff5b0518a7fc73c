package rw.paydesk.reporting.report.application;

import jakarta.persistence.EntityManager;
import rw.paydesk.core.ledger.domain.Direction;
import rw.paydesk.core.ledger.domain.LedgerStatus;
import rw.paydesk.reporting.period.domain.ReportPeriod;
import rw.paydesk.reporting.report.domain.Chart;
import rw.paydesk.reporting.report.domain.Column;
import rw.paydesk.reporting.report.domain.Report;
import rw.paydesk.reporting.report.domain.ReportKind;
import rw.paydesk.reporting.report.domain.Section;
import rw.paydesk.reporting.report.domain.Series;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static rw.paydesk.reporting.report.application.ReportBuilder.count;
import static rw.paydesk.reporting.report.application.ReportBuilder.decimal;

/**
 * The ledger's movements created in the period, oldest first, and their totals per currency,
 * direction and status (counted by the database over all of them, however many are listed).
 */
final class TransactionsReport {

    static final String TOTALS = "select e.currency, e.direction, e.status, count(e), sum(e.amount), sum(e.fee) "
            + "from LedgerEntry e where e.createdAt >= :start and e.createdAt < :end "
            + "group by e.currency, e.direction, e.status order by e.currency, e.direction, e.status";

    static final String ROWS = "select e.createdAt, e.reference, e.direction, e.status, e.amount, e.fee, e.currency, "
            + "e.method, e.provider, e.party, e.gatewayTransactionId, e.knownLocally, e.knownAtGateway, e.gateway "
            + "from LedgerEntry e where e.createdAt >= :start and e.createdAt < :end order by e.createdAt, e.id";

    private static final List<Column> TOTAL_COLUMNS = List.of(Column.text(Column.CURRENCY), Column.text("Direction"),
            Column.text("Status"), Column.count("Count"), Column.amount("Amount"), Column.amount("Fee"));

    private static final List<Column> ROW_COLUMNS = List.of(Column.time("Created (Kigali)"), Column.text("Reference"),
            Column.text("Direction"), Column.text("Status"), Column.amount("Amount"), Column.amount("Fee"),
            Column.text(Column.CURRENCY), Column.text("Method"), Column.text("Provider"), Column.text("Phone or account"),
            Column.text("Gateway transaction"), Column.text("Known by"), Column.text("Gateway account"));

    private TransactionsReport() {
    }

    static Report build(EntityManager em, ReportPeriod period, Instant now) {
        List<Object[]> groups = em.createQuery(TOTALS, Object[].class)
                .setParameter("start", period.start()).setParameter("end", period.end()).getResultList();
        List<List<Object>> totals = new ArrayList<>();
        Map<LedgerStatus, long[]> byStatus = new EnumMap<>(LedgerStatus.class);
        long all = 0;
        for (Object[] g : groups) {
            Direction direction = (Direction) g[1];
            LedgerStatus status = (LedgerStatus) g[2];
            long n = count(g[3]);
            totals.add(Arrays.asList(g[0], direction.label(), status.label(), n, decimal(g[4]), decimal(g[5])));
            byStatus.computeIfAbsent(status, s -> new long[2])[direction.ordinal()] += n;
            all += n;
        }
        List<Object[]> listed = em.createQuery(ROWS, Object[].class)
                .setParameter("start", period.start()).setParameter("end", period.end())
                .setMaxResults(ReportBuilder.MAX_DETAIL_ROWS).getResultList();
        List<List<Object>> rows = listed.stream().map(TransactionsReport::row).toList();
        List<Section> sections = List.of(
                new Section(Report.TOTALS, "Totals per currency, direction and status", TOTAL_COLUMNS, totals, false, null),
                new Section("rows", "Movements", ROW_COLUMNS, rows, true, ReportBuilder.capNote(rows.size(), all)));
        return new Report(ReportKind.TRANSACTIONS, period, now, sections, List.of(chart(byStatus)));
    }

    private static List<Object> row(Object[] r) {
        boolean local = (Boolean) r[11];
        boolean gateway = (Boolean) r[12];
        return Arrays.asList(r[0], r[1], ((Direction) r[2]).label(), ((LedgerStatus) r[3]).label(), decimal(r[4]),
                decimal(r[5]), r[6], r[7], r[8], r[9], r[10], local && gateway ? "Both" : local ? "PayDesk" : "Gateway", r[13]);
    }

    private static Chart chart(Map<LedgerStatus, long[]> byStatus) {
        List<LedgerStatus> statuses = List.of(LedgerStatus.SUCCESSFUL, LedgerStatus.FAILED, LedgerStatus.PENDING,
                LedgerStatus.UNKNOWN);
        List<Series> series = new ArrayList<>();
        for (Direction d : Direction.values()) {
            series.add(new Series(d == Direction.COLLECTION ? "Collections" : "Payouts", statuses.stream()
                    .map(s -> BigDecimal.valueOf(byStatus.getOrDefault(s, new long[2])[d.ordinal()])).toList()));
        }
        return new Chart("statuses", "Movements by status (count)", Chart.BAR,
                statuses.stream().map(LedgerStatus::label).toList(), series);
    }
}
