package rw.paydesk.payouts.batch.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import rw.paydesk.core.ledger.application.MovementSource;
import rw.paydesk.core.ledger.domain.Direction;
import rw.paydesk.core.ledger.domain.LedgerStatus;
import rw.paydesk.core.ledger.domain.Movement;
import rw.paydesk.payouts.batch.domain.BatchRow;
import rw.paydesk.payouts.batch.domain.BatchRowStatus;
import rw.paydesk.payouts.beneficiary.domain.BeneficiaryType;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** Bulk payout rows as ledger movements, from the moment each is being sent (see {@code PayoutMovements}). */
@ApplicationScoped
public class BatchRowMovements implements MovementSource {

    static final EnumSet<BatchRowStatus> SENT = EnumSet.of(BatchRowStatus.SENDING, BatchRowStatus.SUBMITTED,
            BatchRowStatus.UNKNOWN, BatchRowStatus.COMPLETED, BatchRowStatus.FAILED);

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    @Override
    public String name() {
        return "bulk-payout-rows";
    }

    @Override
    public List<Movement> changedSince(Instant since, int max) {
        return em.createQuery("select r from BatchRow r where r.updatedAt >= :since and r.status in :sent "
                        + "order by r.updatedAt, r.id", BatchRow.class)
                .setParameter("since", since).setParameter("sent", SENT).setMaxResults(max).getResultList()
                .stream().map(BatchRowMovements::movement).flatMap(Optional::stream).toList();
    }

    /** A row as the ledger shows it, or empty if it has not been sent. */
    public static Optional<Movement> movement(BatchRow r) {
        boolean bank = r.type() == BeneficiaryType.BANK;
        return status(r.status()).map(status -> new Movement(r.reference().value(), Direction.PAYOUT, status,
                r.status().name(), r.amount().amount(), r.fee() != null ? r.fee() : r.expectedFee(),
                r.amount().currency().getCurrencyCode(), "Bulk payout", bank ? "bank" : "mobile_money",
                bank ? r.bankName() : r.provider(),
                bank ? r.accountNumber() : r.phoneNumber() == null ? null : r.phoneNumber().national(),
                r.gatewayTransactionId(), r.createdAt(), r.updatedAt()));
    }

    static Optional<LedgerStatus> status(BatchRowStatus s) {
        return Optional.ofNullable(switch (s) {
            case SENDING, SUBMITTED -> LedgerStatus.PENDING;
            case UNKNOWN -> LedgerStatus.UNKNOWN;
            case COMPLETED -> LedgerStatus.SUCCESSFUL;
            case FAILED -> LedgerStatus.FAILED;
            case PENDING, CANCELLED -> null;
        });
    }
}
