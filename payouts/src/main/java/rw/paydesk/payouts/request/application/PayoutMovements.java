package rw.paydesk.payouts.request.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import rw.paydesk.core.ledger.application.MovementSource;
import rw.paydesk.core.ledger.domain.Direction;
import rw.paydesk.core.ledger.domain.LedgerStatus;
import rw.paydesk.core.ledger.domain.Movement;
import rw.paydesk.payouts.beneficiary.domain.BeneficiaryType;
import rw.paydesk.payouts.request.domain.Payout;
import rw.paydesk.payouts.request.domain.PayoutStatus;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Payouts as ledger movements, from the moment they are being sent: one awaiting approval,
 * rejected, cancelled or expired has moved no money and stays on the Payouts page only. The
 * ledger (payments-core) finds this bean through {@link MovementSource}; it never imports payouts.
 */
@ApplicationScoped
public class PayoutMovements implements MovementSource {

    static final EnumSet<PayoutStatus> SENT = EnumSet.of(PayoutStatus.SUBMITTING, PayoutStatus.SUBMITTED,
            PayoutStatus.UNKNOWN, PayoutStatus.COMPLETED, PayoutStatus.FAILED);

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    @Override
    public String name() {
        return "payouts";
    }

    @Override
    public List<Movement> changedSince(Instant since, int max) {
        List<Object[]> rows = em.createQuery("select p, b.type, b.bankName, b.accountNumber, b.provider, b.phone "
                        + "from Payout p, Beneficiary b where b.id = p.beneficiaryId and p.updatedAt >= :since "
                        + "and p.status in :sent order by p.updatedAt, p.id", Object[].class)
                .setParameter("since", since).setParameter("sent", SENT).setMaxResults(max).getResultList();
        return rows.stream().map(r -> {
            boolean bank = r[1] == BeneficiaryType.BANK;
            return movement((Payout) r[0], bank, (String) (bank ? r[2] : r[4]), (String) (bank ? r[3] : r[5])).orElseThrow();
        }).toList();
    }

    /** A payout as the ledger shows it, or empty if it has not been sent. */
    public static Optional<Movement> movement(Payout p, boolean bank, String provider, String party) {
        return status(p.status()).map(status -> new Movement(p.reference().value(), Direction.PAYOUT, status,
                p.status().name(), p.amount().amount(), p.fee() != null ? p.fee() : p.expectedFee(),
                p.sourceCurrency().getCurrencyCode(), "Payout", bank ? "bank" : "mobile_money", provider, party,
                p.gatewayTransactionId(), p.createdAt(), p.updatedAt()));
    }

    /** A payout's state in the ledger's words; empty before it is sent or if it never was. */
    public static Optional<LedgerStatus> status(PayoutStatus s) {
        return Optional.ofNullable(switch (s) {
            case SUBMITTING, SUBMITTED -> LedgerStatus.PENDING;
            case UNKNOWN -> LedgerStatus.UNKNOWN;
            case COMPLETED -> LedgerStatus.SUCCESSFUL;
            case FAILED -> LedgerStatus.FAILED;
            case AWAITING_APPROVAL, APPROVED, REJECTED, CANCELLED, EXPIRED -> null;
        });
    }
}
