package rw.paydesk.core.collection.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import rw.paydesk.core.audit.application.AuditTrail;
import rw.paydesk.core.audit.domain.AuditAction;
import rw.paydesk.core.collection.domain.Charge;
import rw.paydesk.core.collection.domain.ChargeStatus;
import rw.paydesk.core.gateway.GatewayCharge;
import rw.paydesk.core.gateway.GatewayTransaction;
import rw.paydesk.core.ledger.domain.LedgerStatus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Each step of a charge in a transaction of its own, so that what happened before the
 * gateway call is committed before the call, and its answer right after it.
 */
@Stateless
@PermitAll
public class ChargeRecords {

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void store(Charge charge) {
        em.persist(charge);
        if (charge.method() == Charge.Method.CARD) {
            audit.record(AuditAction.CARD_PAYMENT_STARTED, charge.reference(),
                    charge.amount().format() + " by " + charge.provider() + " card");
        } else {
            audit.record(AuditAction.MOBILE_MONEY_REQUESTED, charge.reference(),
                    charge.amount().format() + " from " + charge.provider() + " " + charge.phone());
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void answered(String reference, GatewayCharge answer) {
        Charge charge = find(reference);
        charge.noteGatewayReference(answer.gatewayReference());
        charge.noteGatewayDetails(answer.transactionId(), answer.fee(), answer.instruction());
        ChargeStatus next = ChargeStatus.fromGateway(answer.status()).orElse(ChargeStatus.PENDING);
        if (charge.advance(next, answer.code(), answer.message(), clock.instant())) {
            audit.record(AuditAction.CHARGE_UPDATED, reference, "gateway answered " + next);
        } else if (answer.message() != null && !charge.status().isFinal()) {
            charge.noteMessage(answer.message(), clock.instant());
        }
        charge.awaitStep(answer.next() == null ? null : answer.next().kind().name(),
                answer.next() == null ? null : answer.next().redirectUrl());
    }

    /** Audits that a step was answered; the answer itself (a PIN) is never written anywhere. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void stepAnswered(String reference, String method) {
        audit.record(AuditAction.CARD_STEP_ANSWERED, reference, method.toUpperCase(java.util.Locale.ROOT) + " sent");
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(String reference, String code, String message) {
        Charge charge = find(reference);
        if (charge.advance(ChargeStatus.FAILED, code, message, clock.instant())) {
            audit.record(AuditAction.CHARGE_UPDATED, reference, "refused by the gateway: " + code + " " + message);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void unknown(String reference, String why) {
        Charge charge = find(reference);
        charge.outcomeUnknown(why, clock.instant());
        audit.record(AuditAction.CHARGE_UPDATED, reference, "outcome unknown: " + why);
    }

    /**
     * Open charges (PENDING, UNKNOWN) due to be asked about: made before
     * {@code madeBefore}, or whose check was brought forward.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<OpenCharge> openDueForCheck(Instant now, Instant madeBefore, int max) {
        return em.createNamedQuery(Charge.OPEN_DUE_FOR_CHECK, Charge.class)
                .setParameter("statuses", List.of(ChargeStatus.PENDING, ChargeStatus.UNKNOWN))
                .setParameter("now", now).setParameter("settledBefore", madeBefore)
                .setMaxResults(max).getResultStream()
                .map(c -> new OpenCharge(c.reference(), c.gateway(), c.gatewayReference())).toList();
    }

    /** An open charge to ask about: ours, the account it went through, and the gateway's reference if it gave one. */
    public record OpenCharge(String reference, String gateway, String gatewayReference) {
    }

    /**
     * Makes the status check of every open charge that the gateway's list (in the ledger)
     * already shows final due now, instead of at its back-off time: its webhook was lost or
     * is late. Answers how many.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int bringForwardFinishedAtGateway(Instant now) {
        return em.createQuery("update Charge c set c.nextCheckAt = :now where c.status in :open"
                        + " and (c.nextCheckAt is null or c.nextCheckAt > :now)"
                        + " and exists (select e.id from LedgerEntry e where e.reference = c.reference"
                        + " and e.gatewayStatus in :finalWords)")
                .setParameter("now", now).setParameter("open", List.of(ChargeStatus.PENDING, ChargeStatus.UNKNOWN))
                .setParameter("finalWords", LedgerStatus.FINAL_WORDS).executeUpdate();
    }

    /**
     * What a status query said ({@code known}, or null when the gateway has no such
     * transaction), applied forward only; the next question is scheduled by
     * {@code delayAfter(checks so far)}. Answers whether the charge moved.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean checked(String reference, GatewayTransaction known, IntFunction<Duration> delayAfter) {
        Charge charge = find(reference);
        Instant now = clock.instant();
        boolean moved = false;
        if (known != null) {
            charge.noteGatewayDetails(known.transactionId(), known.fee(), null);
            ChargeStatus before = charge.status();
            Optional<ChargeStatus> next = ChargeStatus.fromGateway(known.status());
            if (next.isPresent() && charge.advance(next.get(), null, known.reason(), now)) {
                moved = true;
                audit.recordAs(AuditTrail.GATEWAY, AuditAction.CHARGE_UPDATED, reference, before + " -> "
                        + charge.status() + " (status check: the gateway says " + known.status() + ")");
            }
        }
        charge.statusChecked(now.plus(delayAfter.apply(charge.statusChecks())));
        return moved;
    }

    private Charge find(String reference) {
        return em.createNamedQuery(Charge.BY_REFERENCE, Charge.class).setParameter("reference", reference)
                .getSingleResult();
    }
}
