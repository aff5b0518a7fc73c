package rw.paydesk.reporting.report.application;

import jakarta.persistence.EntityManager;
import rw.paydesk.payouts.batch.domain.BatchRowStatus;
import rw.paydesk.payouts.batch.domain.BatchStatus;
import rw.paydesk.payouts.beneficiary.domain.BeneficiaryType;
import rw.paydesk.payouts.request.domain.PayoutStatus;
import rw.paydesk.reporting.period.domain.ReportPeriod;
import rw.paydesk.reporting.report.domain.Chart;
import rw.paydesk.reporting.report.domain.Column;
import rw.paydesk.reporting.report.domain.Report;
import rw.paydesk.reporting.report.domain.ReportKind;
import rw.paydesk.reporting.report.domain.Section;
import rw.paydesk.reporting.report.domain.Series;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static rw.paydesk.reporting.report.application.ReportBuilder.count;
import static rw.paydesk.reporting.report.application.ReportBuilder.decimal;

/**
 * Single payouts and bulk payout rows <em>requested</em> in the period (the payout's, or the
 * uploaded row's, {@code created_at}), so a payout shows once, with the maker who asked for it
 * and the approvers of exactly that content, whatever became of it. Totals per currency and
 * status are two {@code GROUP BY}s (payouts, rows) whose groups of the same status are merged.
 */
final class PayoutsReport {

    static final String SINGLE_TOTALS = "select p.sourceCurrency, p.status, count(p), sum(p.amount), sum(p.fee) "
            + "from Payout p where p.createdAt >= :start and p.createdAt < :end group by p.sourceCurrency, p.status";
    static final String BULK_TOTALS = "select r.status, count(r), sum(r.amount), sum(r.fee) "
            + "from BatchRow r where r.createdAt >= :start and r.createdAt < :end group by r.status";

    static final String SINGLE_ROWS = "select p.id, p.createdAt, p.reference, p.beneficiaryDetails, p.amount, p.fee, "
            + "p.sourceCurrency, p.status, p.maker, p.rejectedBy, p.rejectionReason, p.gatewayCode, p.gatewayMessage, "
            + "p.holdReason from Payout p where p.createdAt >= :start and p.createdAt < :end order by p.createdAt, p.id";
    /** Only approvals of the content as it stands: those voided by an edit approved something else. */
    static final String SINGLE_APPROVALS = "select p.id, a.approver, a.approvedAt from Payout p join p.approvals a "
            + "where p.createdAt >= :start and p.createdAt < :end and a.fingerprint = p.contentFingerprint "
            + "order by a.approvedAt";

    static final String BULK_ROWS = "select r.batchId, r.createdAt, r.reference, r.type, r.bankName, r.accountNumber, "
            + "r.phone, r.provider, r.firstName, r.lastName, r.amount, r.fee, r.status, r.gatewayCode, r.gatewayMessage "
            + "from BatchRow r where r.createdAt >= :start and r.createdAt < :end order by r.createdAt, r.id";
    static final String BATCHES = "select b.id, b.reference, b.maker, b.status, b.rejectedBy, b.rejectionReason "
            + "from PayoutBatch b where b.id in (select r.batchId from BatchRow r "
            + "where r.createdAt >= :start and r.createdAt < :end)";
    static final String BATCH_APPROVALS = "select b.id, a.approver, a.approvedAt from PayoutBatch b join b.approvals a "
            + "where a.fingerprint = b.contentFingerprint and b.id in (select r.batchId from BatchRow r "
            + "where r.createdAt >= :start and r.createdAt < :end) order by a.approvedAt";

    /** The statuses of both kinds in the order a payout goes through them, for the totals' order. */
    private static final List<String> STATUS_ORDER = Stream.concat(
            Stream.of(PayoutStatus.AWAITING_APPROVAL, PayoutStatus.APPROVED).map(PayoutStatus::label),
            Stream.concat(Stream.of(BatchRowStatus.PENDING, BatchRowStatus.SENDING).map(BatchRowStatus::label),
                    Stream.of(PayoutStatus.SUBMITTING, PayoutStatus.SUBMITTED, PayoutStatus.UNKNOWN,
                            PayoutStatus.COMPLETED, PayoutStatus.FAILED, PayoutStatus.REJECTED, PayoutStatus.CANCELLED,
                            PayoutStatus.EXPIRED).map(PayoutStatus::label))).toList();

    private static final List<Column> TOTAL_COLUMNS = List.of(Column.text(Column.CURRENCY), Column.text("Status"),
            Column.count("Count"), Column.amount("Amount"), Column.amount("Fee"));

    private static final List<Column> ROW_COLUMNS = List.of(Column.time("Requested (Kigali)"), Column.text("Reference"),
            Column.text("Kind"), Column.text("Beneficiary"), Column.amount("Amount"), Column.amount("Fee"),
            Column.text(Column.CURRENCY), Column.text("Status"), Column.text("Maker"), Column.text("Approvers (Kigali)"),
            Column.text("Reason"));

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm").withZone(ReportPeriod.KIGALI);
    private static final DateTimeFormatter DAY_HOUR = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH)
            .withZone(ReportPeriod.KIGALI);
    private static final Comparator<String> BY_STATUS = Comparator.comparingInt(STATUS_ORDER::indexOf);

    private PayoutsReport() {
    }

    private record Key(String currency, String status) {
    }

    static Report build(EntityManager em, ReportPeriod period, Instant now) {
        Map<Key, Object[]> groups = new TreeMap<>(Comparator.comparing(Key::currency)
                .thenComparing(Key::status, BY_STATUS));
        for (Object[] g : query(em, SINGLE_TOTALS, period)) {
            merge(groups, new Key((String) g[0], ((PayoutStatus) g[1]).label()), count(g[2]), decimal(g[3]), decimal(g[4]));
        }
        for (Object[] g : query(em, BULK_TOTALS, period)) {
            merge(groups, new Key("RWF", ((BatchRowStatus) g[0]).label()), count(g[1]), decimal(g[2]), decimal(g[3]));
        }
        long all = groups.values().stream().mapToLong(v -> (Long) v[0]).sum();
        List<List<Object>> totals = groups.entrySet().stream().map(e -> Arrays.asList((Object) e.getKey().currency(),
                e.getKey().status(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();

        List<Timed> listed = new ArrayList<>(singles(em, period));
        listed.addAll(bulkRows(em, period));
        listed.sort(Comparator.comparing(Timed::at));
        List<List<Object>> rows = listed.stream().limit(ReportBuilder.MAX_DETAIL_ROWS).map(Timed::row).toList();

        List<Section> sections = List.of(
                new Section(Report.TOTALS, "Totals per currency and status", TOTAL_COLUMNS, totals, false,
                        "Single payouts and bulk rows requested in the period; the fee is the gateway's, once it said it."),
                new Section("rows", "Payouts", ROW_COLUMNS, rows, true, ReportBuilder.capNote(rows.size(), all)));
        return new Report(ReportKind.PAYOUTS, period, now, sections, charts(groups));
    }

    private static void merge(Map<Key, Object[]> groups, Key key, long n, BigDecimal amount, BigDecimal fee) {
        groups.merge(key, new Object[]{n, amount, fee}, (a, b) -> new Object[]{(Long) a[0] + (Long) b[0],
                add((BigDecimal) a[1], (BigDecimal) b[1]), add((BigDecimal) a[2], (BigDecimal) b[2])});
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    private record Timed(Instant at, List<Object> row) {
    }

    private static List<Timed> singles(EntityManager em, ReportPeriod period) {
        Map<Long, List<Object[]>> approvals = byOwner(query(em, SINGLE_APPROVALS, period));
        return em.createQuery(SINGLE_ROWS, Object[].class).setParameter("start", period.start())
                .setParameter("end", period.end()).setMaxResults(ReportBuilder.MAX_DETAIL_ROWS).getResultList().stream()
                .map(r -> {
                    Instant at = (Instant) r[1];
                    PayoutStatus status = (PayoutStatus) r[7];
                    String reason = switch (status) {
                        case REJECTED -> "Rejected by " + r[9] + ": " + r[10];
                        case FAILED, UNKNOWN -> gatewaySaid((String) r[11], (String) r[12]);
                        case APPROVED -> r[13] == null ? null : "Held: " + r[13];
                        case EXPIRED -> "Its approvals ran out before it was sent.";
                        default -> null;
                    };
                    return new Timed(at, Arrays.asList(at, r[2], "Single", r[3], decimal(r[4]), decimal(r[5]), r[6],
                            status.label(), r[8], approvers(approvals.get((Long) r[0]), at), reason));
                }).toList();
    }

    private static List<Timed> bulkRows(EntityManager em, ReportPeriod period) {
        Map<Long, List<Object[]>> approvals = byOwner(query(em, BATCH_APPROVALS, period));
        Map<Long, Object[]> batches = new HashMap<>();
        query(em, BATCHES, period).forEach(b -> batches.put((Long) b[0], b));
        return em.createQuery(BULK_ROWS, Object[].class).setParameter("start", period.start())
                .setParameter("end", period.end()).setMaxResults(ReportBuilder.MAX_DETAIL_ROWS).getResultList().stream()
                .map(r -> {
                    Object[] batch = batches.get((Long) r[0]);
                    Instant at = (Instant) r[1];
                    BatchRowStatus status = (BatchRowStatus) r[12];
                    String payee = (r[3] == BeneficiaryType.BANK ? r[4] + " " + r[5] : r[7] + " " + r[6]) + ", " + r[8]
                            + " " + r[9];
                    String reason = switch (status) {
                        case FAILED, UNKNOWN -> gatewaySaid((String) r[13], (String) r[14]);
                        case CANCELLED -> batch[3] == BatchStatus.REJECTED
                                ? "Batch rejected by " + batch[4] + ": " + batch[5]
                                : "Batch " + batch[3].toString().toLowerCase(Locale.ROOT) + ".";
                        default -> null;
                    };
                    return new Timed(at, Arrays.asList(at, r[2], "Bulk " + batch[1], payee, decimal(r[10]),
                            decimal(r[11]), "RWF", status.label(), batch[2], approvers(approvals.get((Long) r[0]), at),
                            reason));
                }).toList();
    }

    private static String gatewaySaid(String code, String message) {
        if (code == null && message == null) {
            return null;
        }
        return code == null ? message : message == null ? code : code + ": " + message;
    }

    /** "alice 09:14, bob 09:20" (Kigali), with the date when not the day it was requested. */
    private static String approvers(List<Object[]> approvals, Instant requested) {
        if (approvals == null) {
            return null;
        }
        LocalDate day = LocalDate.ofInstant(requested, ReportPeriod.KIGALI);
        return approvals.stream().map(a -> {
            Instant at = (Instant) a[2];
            boolean sameDay = LocalDate.ofInstant(at, ReportPeriod.KIGALI).equals(day);
            return a[1] + " " + (sameDay ? HOUR : DAY_HOUR).format(at);
        }).collect(Collectors.joining(", "));
    }

    private static Map<Long, List<Object[]>> byOwner(List<Object[]> approvals) {
        Map<Long, List<Object[]>> map = new HashMap<>();
        approvals.forEach(a -> map.computeIfAbsent((Long) a[0], k -> new ArrayList<>()).add(a));
        return map;
    }

    private static List<Object[]> query(EntityManager em, String jpql, ReportPeriod period) {
        return em.createQuery(jpql, Object[].class).setParameter("start", period.start())
                .setParameter("end", period.end()).getResultList();
    }

    /** Counts by status (all currencies: counts may be added), and per currency the amounts by status. */
    private static List<Chart> charts(Map<Key, Object[]> groups) {
        List<Chart> charts = new ArrayList<>();
        Map<String, Long> counts = new TreeMap<>(BY_STATUS);
        groups.forEach((k, v) -> counts.merge(k.status(), (Long) v[0], Long::sum));
        charts.add(new Chart("statuses", "Payouts by status (count)", Chart.DOUGHNUT, List.copyOf(counts.keySet()),
                List.of(new Series("Payouts", counts.values().stream().map(BigDecimal::valueOf).toList()))));
        Map<String, Map<String, BigDecimal>> amounts = new LinkedHashMap<>();
        groups.forEach((k, v) -> amounts.computeIfAbsent(k.currency(), c -> new LinkedHashMap<>())
                .put(k.status(), v[1] == null ? BigDecimal.ZERO : (BigDecimal) v[1]));
        amounts.forEach((currency, byStatus) -> charts.add(new Chart("amounts-" + currency,
                "Amounts by status (" + currency + ")", Chart.BAR, List.copyOf(byStatus.keySet()),
                List.of(new Series("Amount (" + currency + ")", List.copyOf(byStatus.values()))))));
        return charts;
    }
}
