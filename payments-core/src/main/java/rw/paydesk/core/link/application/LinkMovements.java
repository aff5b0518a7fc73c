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
 * Paid payment links as ledger movements, only a successful payment being recorded on the
 * link. A DGS-Pay link's movement goes by the payment's reference, the gateway's (the customer
 * paid on its page), and how the customer paid comes from the gateway's list. A checkout
 * session's goes by our reference, its {@code tx_ref}, which its webhooks carry too, with the
 * gateway's {@code PAY-…} reference as the transaction id.
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
        if (l.isCheckoutSession()) {
            return new Movement(l.reference(), Direction.COLLECTION, LedgerStatus.SUCCESSFUL, "PAID",
                    l.amount().amount(), l.fee(), l.amount().currency().getCurrencyCode(), "Payment link",
                    "mobile_money", null, null, l.paidReference(), l.paidAt(), l.paidAt(), l.gateway());
        }
        return new Movement(l.paidReference(), Direction.COLLECTION, LedgerStatus.SUCCESSFUL, "PAID",
                l.amount().amount(), null, l.amount().currency().getCurrencyCode(), "Payment link", null, null, null,
                null, l.paidAt(), l.paidAt(), l.gateway());
    }
}
