package rw.paydesk.core.withdrawal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import rw.paydesk.core.ledger.application.MovementSource;
import rw.paydesk.core.ledger.domain.Direction;
import rw.paydesk.core.ledger.domain.LedgerStatus;
import rw.paydesk.core.ledger.domain.Movement;
import rw.paydesk.core.withdrawal.domain.Withdrawal;

import java.time.Instant;
import java.util.List;

/** Withdrawals as ledger movements: money out of the gateway wallet, to the merchant's own number. */
@ApplicationScoped
public class WithdrawalMovements implements MovementSource {

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    @Override
    public String name() {
        return "withdrawals";
    }

    @Override
    public List<Movement> changedSince(Instant since, int max) {
        return em.createQuery("select w from Withdrawal w where w.updatedAt >= :since order by w.updatedAt, w.id", Withdrawal.class)
                .setParameter("since", since).setMaxResults(max).getResultList().stream()
                .map(WithdrawalMovements::movement).toList();
    }

    /** A withdrawal as the ledger shows it: its states are the ledger's own words. */
    public static Movement movement(Withdrawal w) {
        return new Movement(w.reference(), Direction.PAYOUT, LedgerStatus.valueOf(w.status().name()), w.status().name(),
                w.amount().amount(), w.fee(), w.amount().currency().getCurrencyCode(), "Withdrawal", "mobile_money",
                w.provider(), "0" + w.phone(), w.gatewayReference(), w.createdAt(), w.updatedAt(), w.gateway());
    }
}
