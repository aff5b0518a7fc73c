package rw.paydesk.core.refund.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import rw.paydesk.core.collection.domain.Charge;
import rw.paydesk.core.ledger.application.MovementSource;
import rw.paydesk.core.ledger.domain.Direction;
import rw.paydesk.core.ledger.domain.LedgerStatus;
import rw.paydesk.core.ledger.domain.Movement;
import rw.paydesk.core.refund.domain.Refund;

import java.time.Instant;
import java.util.List;

/** Refunds as ledger movements: money going back out, on the account of the payment refunded. */
@ApplicationScoped
public class RefundMovements implements MovementSource {

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    @Override
    public String name() {
        return "refunds";
    }

    @Override
    public List<Movement> changedSince(Instant since, int max) {
        return em.createQuery("select r, c from Refund r, Charge c where c.reference = r.chargeReference"
                        + " and r.updatedAt >= :since order by r.updatedAt, r.id", Object[].class)
                .setParameter("since", since).setMaxResults(max).getResultList().stream()
                .map(row -> movement((Refund) row[0], (Charge) row[1])).toList();
    }

    static Movement movement(Refund r, Charge c) {
        return new Movement(r.reference(), Direction.PAYOUT, LedgerStatus.valueOf(r.status().name()), r.status().name(),
                r.amount().amount(), null, r.amount().currency().getCurrencyCode(), "Refund", "mobile_money",
                c.provider(), c.phone(), r.gatewayReference(), r.createdAt(), r.updatedAt(), r.gateway());
    }
}
