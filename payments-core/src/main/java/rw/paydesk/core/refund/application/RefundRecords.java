package rw.paydesk.core.refund.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import rw.paydesk.core.audit.application.AuditTrail;
import rw.paydesk.core.audit.domain.AuditAction;
import rw.paydesk.core.collection.application.InputException;
import rw.paydesk.core.collection.domain.Charge;
import rw.paydesk.core.collection.domain.ChargeStatus;
import rw.paydesk.core.gateway.RefundChannel;
import rw.paydesk.core.money.Money;
import rw.paydesk.core.party.Reference;
import rw.paydesk.core.refund.domain.Refund;
import rw.paydesk.core.refund.domain.RefundStatus;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Each step of a refund in a transaction of its own: the refund is committed before the
 * gateway is asked, its answer right after.
 */
@Stateless
@PermitAll
public class RefundRecords {

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * Stores a refund of {@code amount} from a successful charge. The charge is locked while
     * what it still has to refund is worked out (refunds that failed aside, unknown ones
     * counted), so two people refunding at once cannot together refund more than was paid.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String store(String chargeReference, BigDecimal amount, String reason, String by) {
        Charge charge = em.createNamedQuery(Charge.BY_REFERENCE, Charge.class).setParameter("reference", chargeReference)
                .getResultStream().findFirst()
                .orElseThrow(() -> new InputException(Map.of("charge", "There is no collection " + chargeReference + ".")));
        em.lock(charge, LockModeType.PESSIMISTIC_WRITE);
        if (charge.status() != ChargeStatus.SUCCESSFUL) {
            throw new InputException(Map.of("charge", "Only a successful collection can be refunded; "
                    + chargeReference + " is " + charge.status() + "."));
        }
        Money refund;
        try {
            refund = Money.of(amount, charge.amount().currency());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InputException(Map.of("amount", "Enter the amount to refund, in whole "
                    + charge.amount().currency().getCurrencyCode() + "."));
        }
        Money left = refundable(charge);
        if (!refund.isPositive()) {
            throw new InputException(Map.of("amount", "The amount must be more than zero."));
        }
        if (refund.compareTo(left) > 0) {
            throw new InputException(Map.of("amount", "At most " + left.format() + " of " + charge.amount().format()
                    + " can still be refunded."));
        }
        Refund r = Refund.of(Reference.generate("PDR"), chargeReference, charge.gateway(), refund, reason, by, clock.instant());
        em.persist(r);
        audit.record(AuditAction.REFUND_REQUESTED, r.reference(), refund.format() + " of " + chargeReference
                + (reason == null ? "" : ": " + reason));
        return r.reference();
    }

    /** What is left to refund of a charge (see {@link Refund#refundable}). */
    public Money refundable(Charge charge) {
        return Refund.refundable(charge.amount(), ofCharge(charge.reference()));
    }

    /** The request about to go out (again): what the gateway needs to be asked. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outgoing sending(String reference) {
        Refund r = find(reference);
        if (!r.status().isFinal()) {
            r.sending(clock.instant());
        }
        Charge charge = em.createNamedQuery(Charge.BY_REFERENCE, Charge.class).setParameter("reference", r.chargeReference())
                .getSingleResult();
        String payment = charge.gatewayTransactionId() != null ? charge.gatewayTransactionId() : charge.reference();
        return new Outgoing(r.reference(), r.gateway(), payment, r.amount().amount(), r.reason(), r.status().isFinal());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void answered(String reference, RefundChannel.GatewayRefund answer) {
        Refund r = find(reference);
        RefundStatus next = RefundStatus.fromGateway(answer.status()).orElse(RefundStatus.UNKNOWN);
        if (next == RefundStatus.UNKNOWN) {
            r.unknown("The gateway says '" + answer.status() + "'; PayDesk asks again.", clock.instant().plusSeconds(60),
                    clock.instant());
            return;
        }
        if (r.settle(next, answer.gatewayReference(), next == RefundStatus.SUCCESSFUL ? "Refunded" : "Refused", clock.instant())) {
            audit.record(AuditAction.REFUND_UPDATED, reference, "gateway answered " + next
                    + (answer.gatewayReference() == null ? "" : " (" + answer.gatewayReference() + ")"));
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(String reference, String message) {
        Refund r = find(reference);
        if (r.settle(RefundStatus.FAILED, null, message, clock.instant())) {
            audit.record(AuditAction.REFUND_UPDATED, reference, "refused by the gateway: " + message);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void unknown(String reference, String why, Instant next) {
        find(reference).unknown(why, next, clock.instant());
        audit.record(AuditAction.REFUND_UPDATED, reference, "outcome unknown: " + why);
    }

    /** Refunds whose answer was lost and whose next attempt is due. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<String> unknownDue(Instant now) {
        return em.createNamedQuery(Refund.OPEN_DUE, String.class).setParameter("unknown", RefundStatus.UNKNOWN)
                .setParameter("now", now).setMaxResults(100).getResultList();
    }

    public List<Refund> ofCharge(String chargeReference) {
        return em.createNamedQuery(Refund.OF_CHARGE, Refund.class).setParameter("charge", chargeReference).getResultList();
    }

    public List<Refund> ofCharges(List<String> chargeReferences) {
        if (chargeReferences.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Refund.OF_CHARGES, Refund.class).setParameter("charges", chargeReferences).getResultList();
    }

    private Refund find(String reference) {
        return em.createNamedQuery(Refund.BY_REFERENCE, Refund.class).setParameter("reference", reference).getSingleResult();
    }

    /**
     * A refund request as it goes out.
     *
     * @param reference ours, also the idempotency key
     * @param gateway   the account it goes through
     * @param payment   the gateway's reference of the payment
     * @param amount    what to give back
     * @param reason    why, if said
     * @param settled   whether it is already final (then nothing is sent)
     */
    public record Outgoing(String reference, String gateway, String payment, BigDecimal amount, String reason, boolean settled) {
    }
}
