package rw.paydesk.payouts.figures.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import rw.paydesk.core.figures.CurrencyFigures;
import rw.paydesk.core.figures.DailyAmount;
import rw.paydesk.core.figures.DayRange;
import rw.paydesk.core.figures.FigureSheet;
import rw.paydesk.core.identity.domain.Role;
import rw.paydesk.payouts.batch.domain.BatchRowStatus;
import rw.paydesk.payouts.request.domain.Payout;
import rw.paydesk.payouts.request.domain.PayoutStatus;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;

/**
 * Money sent to beneficiaries, from PayDesk's own records: single payouts count on the Kigali
 * day they were sent to the gateway, bulk rows on the day their batch started sending (rows
 * go out one after the other within minutes). Amounts are in the wallet's currency; bulk
 * rows are always RWF.
 */
@Stateless
@RolesAllowed({Role.MAKER_NAME, Role.APPROVER_NAME, Role.VIEWER_NAME})
public class PayoutFigures {

    /** Completed payouts and bulk rows per Kigali day (epoch seconds + Kigali's fixed offset) and currency. */
    static final String PAID_PER_DAY = "SELECT d, currency, COUNT(*), SUM(amount) FROM ("
            + " SELECT FLOOR((EXTRACT(EPOCH FROM submitted_at) + ?1) / 86400) AS d, source_currency AS currency, amount"
            + " FROM payout WHERE status = 'COMPLETED' AND submitted_at >= ?2 AND submitted_at < ?3"
            + " UNION ALL"
            + " SELECT FLOOR((EXTRACT(EPOCH FROM b.sending_at) + ?4) / 86400) AS d, 'RWF' AS currency, r.amount AS amount"
            + " FROM payout_batch_row r JOIN payout_batch b ON b.id = r.batch_id"
            + " WHERE r.status = 'COMPLETED' AND b.sending_at >= ?5 AND b.sending_at < ?6) t"
            + " GROUP BY d, currency";

    private static final EnumSet<PayoutStatus> SENT = EnumSet.of(PayoutStatus.SUBMITTING, PayoutStatus.SUBMITTED,
            PayoutStatus.UNKNOWN, PayoutStatus.COMPLETED, PayoutStatus.FAILED);
    private static final EnumSet<BatchRowStatus> ROWS_SENT = EnumSet.of(BatchRowStatus.SENDING, BatchRowStatus.SUBMITTED,
            BatchRowStatus.UNKNOWN, BatchRowStatus.COMPLETED, BatchRowStatus.FAILED);

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    /** Payouts and bulk rows sent on these days, per currency, by outcome. */
    public List<CurrencyFigures> sent(DayRange days) {
        FigureSheet sheet = new FigureSheet();
        em.createQuery("select p.sourceCurrency, p.status, count(p), sum(p.amount) from Payout p"
                        + " where p.submittedAt >= :start and p.submittedAt < :end and p.status in :sent"
                        + " group by p.sourceCurrency, p.status", Object[].class)
                .setParameter("start", days.start()).setParameter("end", days.end())
                .setParameter("sent", SENT)
                .getResultList()
                .forEach(r -> sheet.add((String) r[0], ((PayoutStatus) r[1]).outcome().orElseThrow(),
                        ((Number) r[2]).longValue(), (BigDecimal) r[3]));
        em.createQuery("select r.status, count(r), sum(r.amount) from BatchRow r, PayoutBatch b"
                        + " where r.batchId = b.id and b.sendingAt >= :start and b.sendingAt < :end and r.status in :sent"
                        + " group by r.status", Object[].class)
                .setParameter("start", days.start()).setParameter("end", days.end())
                .setParameter("sent", ROWS_SENT)
                .getResultList()
                .forEach(r -> sheet.add("RWF", ((BatchRowStatus) r[0]).outcome().orElseThrow(),
                        ((Number) r[1]).longValue(), (BigDecimal) r[2]));
        return sheet.byCurrency();
    }

    /** What reached beneficiaries (completed payouts and rows) on each day of the range, per currency. */
    public List<DailyAmount> paidPerDay(DayRange days) {
        int offset = days.utcOffsetSeconds();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(PAID_PER_DAY)
                .setParameter(1, offset)
                .setParameter(2, days.start().atOffset(ZoneOffset.UTC))
                .setParameter(3, days.end().atOffset(ZoneOffset.UTC))
                .setParameter(4, offset)
                .setParameter(5, days.start().atOffset(ZoneOffset.UTC))
                .setParameter(6, days.end().atOffset(ZoneOffset.UTC))
                .getResultList();
        return rows.stream().map(DailyAmount::ofRow).toList();
    }

    /** Single payouts whose outcome PayDesk could not read from the gateway. */
    public long unknownPayouts() {
        return em.createNamedQuery(Payout.COUNT_BY_STATUS, Long.class)
                .setParameter("statuses", List.of(PayoutStatus.UNKNOWN)).getSingleResult();
    }

    /** Bulk rows whose outcome PayDesk could not read from the gateway. */
    public long unknownBatchRows() {
        return em.createQuery("select count(r) from BatchRow r where r.status = :status", Long.class)
                .setParameter("status", BatchRowStatus.UNKNOWN).getSingleResult();
    }
}
