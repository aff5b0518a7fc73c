package rw.paydesk.core.link.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import rw.paydesk.core.ledger.application.MovementSource;
import rw.paydesk.core.ledger.domain.Direction;
import rw.paydesk.core.ledger.domain.LedgerStatus;
import rw.paydesk.core.ledger.domain.Movement;
import rw.paydesk.core.link.domain.PaymentLink;

import java.time.Instant;
import java.util.List;

/**
 * Paid payment links as ledger movements: the payment's reference is the gateway's (the
 * customer paid on its page), and only a successful payment is recorded on the link. How the
 * customer paid comes from the gateway's list.
 */
@ApplicationScoped
public class LinkMovements implements MovementSource {

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    @Override
    public String name() {
        return "payment-links";
    }

    @Override
    public List<Movement> changedSince(Instant since, int max) {
        return em.createQuery("select l from PaymentLink l where l.paidAt >= :since and l.paidReference is not null "
                        + "order by l.paidAt, l.id", PaymentLink.class)
                .setParameter("since", since).setMaxResults(max).getResultList().stream()
                .map(LinkMovements::movement).toList();
    }

    public static Movement movement(PaymentLink l) {
        return new Movement(l.paidReference(), Direction.COLLECTION, LedgerStatus.SUCCESSFUL, "PAID",
                l.amount().amount(), null, l.amount().currency().getCurrencyCode(), "Payment link", null, null, null,
                null, l.paidAt(), l.paidAt());
    }
}
