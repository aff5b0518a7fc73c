package rw.paydesk.core.collection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import rw.paydesk.core.collection.domain.Charge;
import rw.paydesk.core.ledger.application.MovementSource;
import rw.paydesk.core.ledger.domain.Direction;
import rw.paydesk.core.ledger.domain.LedgerStatus;
import rw.paydesk.core.ledger.domain.Movement;

import java.time.Instant;
import java.util.List;

/** Charges (mobile money and card collections) as ledger movements. */
@ApplicationScoped
public class ChargeMovements implements MovementSource {

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    @Override
    public String name() {
        return "charges";
    }

    @Override
    public List<Movement> changedSince(Instant since, int max) {
        return em.createQuery("select c from Charge c where c.updatedAt >= :since order by c.updatedAt, c.id", Charge.class)
                .setParameter("since", since).setMaxResults(max).getResultList().stream()
                .map(ChargeMovements::movement).toList();
    }

    /** Charges through the DGS-Pay charges API are listed by DGS-Pay under its {@code dgs_…} reference. */
    @Override
    public java.util.Optional<String> ourReference(rw.paydesk.core.gateway.ListedTransaction row) {
        if (row.reference() == null || !row.reference().startsWith("dgs_")) {
            return java.util.Optional.empty();
        }
        return em.createNamedQuery(Charge.BY_GATEWAY_TRANSACTION, Charge.class)
                .setParameter("gateway", rw.paydesk.core.gateway.GatewayAccount.DGS_CHARGES)
                .setParameter("id", row.reference()).getResultStream().findFirst().map(Charge::reference);
    }

    /** A charge as the ledger shows it: its status is already in the ledger's words. */
    public static Movement movement(Charge c) {
        boolean card = c.method() == Charge.Method.CARD;
        return new Movement(c.reference(), Direction.COLLECTION, LedgerStatus.valueOf(c.status().name()), c.status().name(),
                c.amount().amount(), c.fee(), c.amount().currency().getCurrencyCode(), card ? "Card" : "Mobile money",
                card ? "card" : "mobile_money", c.provider(), c.phone(), c.gatewayTransactionId(),
                c.createdAt(), c.updatedAt(), c.gateway());
    }
}
