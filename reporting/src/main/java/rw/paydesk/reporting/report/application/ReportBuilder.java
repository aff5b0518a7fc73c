package rw.paydesk.reporting.report.application;

import jakarta.persistence.EntityManager;
import rw.paydesk.reporting.period.domain.ReportPeriod;
import rw.paydesk.reporting.report.domain.Report;
import rw.paydesk.reporting.report.domain.ReportKind;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Builds any report for any period. Plain static code with no role check of its own, so the
 * scheduler can call it from its own bean without a signed-in user; people reach it through
 * {@link ReportCatalog}, which checks their roles. What each report holds is in the module's
 * README.
 */
public final class ReportBuilder {

    /** The most records a report lists; its totals always count them all. */
    public static final int MAX_DETAIL_ROWS = 100_000;

    private ReportBuilder() {
    }

    /**
     * The report of {@code kind} for {@code period}, as the database stands now.
     *
     * @param now when the report is generated (its "generated at", and the end of open ages)
     */
    public static Report build(EntityManager em, ReportKind kind, ReportPeriod period, java.time.Instant now) {
        Objects.requireNonNull(em, "em");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(now, "now");
        return switch (kind) {
            case SETTLEMENT -> SettlementReport.build(em, period, now);
            case TRANSACTIONS -> TransactionsReport.build(em, period, now);
            case PAYOUTS -> PayoutsReport.build(em, period, now);
            case EXCEPTIONS -> ExceptionsReport.build(em, period, now);
        };
    }

    /** "First 100,000 of 123,456 rows; narrow the period for the rest", or null when all are listed. */
    static String capNote(long listed, long total) {
        if (listed >= total) {
            return null;
        }
        return String.format(java.util.Locale.ENGLISH, "First %,d of %,d rows; narrow the period for the rest.", listed, total);
    }

    static BigDecimal decimal(Object value) {
        if (value == null || value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        return new BigDecimal(value.toString());
    }

    static Long count(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
