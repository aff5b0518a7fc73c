package rw.paydesk.core.collection.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import rw.paydesk.core.collection.domain.ChargeStatus;
import rw.paydesk.core.figures.CurrencyFigures;
import rw.paydesk.core.figures.DailyAmount;
import rw.paydesk.core.figures.DayRange;
import rw.paydesk.core.figures.FigureSheet;
import rw.paydesk.core.identity.domain.Role;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What customers were asked for and paid, counted by the database from PayDesk's own charges
 * (a charge counts on the Kigali day it was asked for). For everyone who works with money.
 */
@Stateless
@RolesAllowed({Role.MAKER_NAME, Role.APPROVER_NAME, Role.VIEWER_NAME})
public class CollectionFigures {

    /**
     * Successful charges per Kigali day and currency. The day is computed in SQL from the
     * epoch seconds and Kigali's fixed offset, which PostgreSQL and H2 both understand.
     */
    static final String COLLECTED_PER_DAY = "SELECT d, currency, COUNT(*), SUM(amount) FROM ("
            + " SELECT FLOOR((EXTRACT(EPOCH FROM created_at) + ?1) / 86400) AS d, currency, amount FROM charge"
            + " WHERE status = 'SUCCESSFUL' AND created_at >= ?2 AND created_at < ?3) t"
            + " GROUP BY d, currency";

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    /** Charges asked for on these days, per currency, by outcome. */
    public List<CurrencyFigures> asked(DayRange days) {
        FigureSheet sheet = new FigureSheet();
        em.createQuery("select c.currency, c.status, count(c), sum(c.amount) from Charge c"
                        + " where c.createdAt >= :start and c.createdAt < :end group by c.currency, c.status", Object[].class)
                .setParameter("start", days.start()).setParameter("end", days.end())
                .getResultList()
                .forEach(r -> sheet.add((String) r[0], ((ChargeStatus) r[1]).outcome(), ((Number) r[2]).longValue(),
                        (BigDecimal) r[3]));
        return sheet.byCurrency();
    }

    /** What was collected (successful charges) on each day of the range, per currency. */
    public List<DailyAmount> collectedPerDay(DayRange days) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(COLLECTED_PER_DAY)
                .setParameter(1, days.utcOffsetSeconds())
                .setParameter(2, days.start().atOffset(ZoneOffset.UTC))
                .setParameter(3, days.end().atOffset(ZoneOffset.UTC))
                .getResultList();
        return rows.stream().map(DailyAmount::ofRow).toList();
    }

    /** Charges whose outcome PayDesk could not read from the gateway. */
    public long unknownCount() {
        return em.createQuery("select count(c) from Charge c where c.status = :status", Long.class)
                .setParameter("status", ChargeStatus.UNKNOWN).getSingleResult();
    }
}
