package rw.paydesk.reporting.settlement.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import rw.paydesk.core.identity.domain.Role;
import rw.paydesk.core.ledger.domain.Direction;
import rw.paydesk.core.ledger.domain.LedgerStatus;
import rw.paydesk.reporting.period.domain.ReportPeriod;
import rw.paydesk.reporting.settlement.domain.SettlementSummary;

import java.math.BigDecimal;
import java.util.List;

/**
 * Settlement summaries from the ledger. The database adds up: one query groups the period's
 * movements by currency, provider, direction and status, so the application receives a few rows
 * per provider however many movements the period holds. Everyone who works with money may read
 * them.
 */
@Stateless
@RolesAllowed({Role.MAKER_NAME, Role.APPROVER_NAME, Role.VIEWER_NAME})
public class SettlementQueries {

    /**
     * Movements created in {@code [start, end)}, grouped; the range reads the ledger's index on
     * {@code (created_at, id)}.
     */
    static final String GROUPS = "select e.currency, e.provider, e.direction, e.status, count(e), sum(e.amount), sum(e.fee), e.gateway "
            + "from LedgerEntry e where e.createdAt >= :start and e.createdAt < :end "
            + "group by e.currency, e.provider, e.direction, e.status, e.gateway";

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    /** The settlement summary of a period (see {@link rw.paydesk.reporting.settlement.domain.SettlementFigures}). */
    public SettlementSummary summary(ReportPeriod period) {
        return summary(em, period);
    }

    /** The query itself, shared with the benchmark and the persistence test. */
    public static SettlementSummary summary(EntityManager em, ReportPeriod period) {
        List<Object[]> rows = em.createQuery(GROUPS, Object[].class)
                .setParameter("start", period.start())
                .setParameter("end", period.end())
                .getResultList();
        return SettlementSummary.of(period, rows.stream().map(r -> new SettlementSummary.Group((String) r[0],
                provider((String) r[1], (String) r[7]), (Direction) r[2], (LedgerStatus) r[3], ((Number) r[4]).longValue(), decimal(r[5]),
                decimal(r[6]))).toList());
    }

    /**
     * The provider as the summary lines it: with the gateway account it went through, except
     * for DGS-Pay API v2, the account everything went through before there were others.
     */
    static String provider(String provider, String gateway) {
        if (gateway == null || gateway.equals("dgs")) {
            return provider;
        }
        return (provider == null ? "?" : provider) + " via " + gateway;
    }

    private static BigDecimal decimal(Object value) {
        if (value == null || value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        return new BigDecimal(value.toString());
    }
}
