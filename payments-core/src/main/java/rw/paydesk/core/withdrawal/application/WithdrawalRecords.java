package rw.paydesk.core.withdrawal.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import rw.paydesk.core.audit.application.AuditTrail;
import rw.paydesk.core.audit.domain.AuditAction;
import rw.paydesk.core.gateway.WithdrawalChannel.GatewayWithdrawal;
import rw.paydesk.core.withdrawal.domain.Withdrawal;
import rw.paydesk.core.withdrawal.domain.WithdrawalStatus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Each step of a withdrawal in a transaction of its own, so that the record and its audit line
 * are committed before the gateway call, and its answer right after it. No method here takes a
 * PIN, so none can store, audit or log one.
 */
@Stateless
@PermitAll
public class WithdrawalRecords {

    /** Said on an open withdrawal that the gateway cannot be asked about. */
    static final String FOR_A_PERSON = "No answer from the gateway, and it gave no reference of its own, so PayDesk cannot ask"
            + " about this withdrawal; it is not sent again either (the PIN is never kept). Look at the account's balance"
            + " and the merchant wallet: if the money arrived, it went through. Do not withdraw again before you know.";

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void store(Withdrawal withdrawal) {
        em.persist(withdrawal);
        audit.record(AuditAction.WITHDRAWAL_REQUESTED, withdrawal.reference(), withdrawal.amount().format() + " to "
                + withdrawal.provider() + " 0" + withdrawal.phone() + " from " + withdrawal.gateway());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void answered(String reference, GatewayWithdrawal answer) {
        Withdrawal w = find(reference);
        Instant now = clock.instant();
        w.noteGatewayDetails(answer.gatewayReference(), answer.fee(), now);
        WithdrawalStatus next = WithdrawalStatus.fromGateway(answer.status()).orElse(WithdrawalStatus.PENDING);
        String message = next == WithdrawalStatus.PENDING ? "The gateway took the withdrawal; the money is on its way." : null;
        if (w.advance(next, null, message, now)) {
            audit.record(AuditAction.WITHDRAWAL_UPDATED, reference, "gateway answered " + next
                    + (w.gatewayReference() == null ? "" : " (" + w.gatewayReference() + ")"));
        }
    }

    /** The gateway refused it, or it was never sent: FAILED, with the gateway's words. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(String reference, String code, String message) {
        Withdrawal w = find(reference);
        if (w.advance(WithdrawalStatus.FAILED, code, message, clock.instant())) {
            audit.record(AuditAction.WITHDRAWAL_UPDATED, reference, "refused: " + code + " " + message);
        }
    }

    /** No usable answer: it stays UNKNOWN (never FAILED: the money may have moved). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void unknown(String reference, String why) {
        Withdrawal w = find(reference);
        w.noteMessage(why, clock.instant());
        audit.record(AuditAction.WITHDRAWAL_UPDATED, reference, "outcome unknown: " + why);
    }

    /** Open withdrawals with a gateway reference whose check is due: made before {@code madeBefore}, or due by their back-off. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<OpenWithdrawal> openDueForCheck(Instant now, Instant madeBefore, int max) {
        return em.createNamedQuery(Withdrawal.OPEN_DUE_FOR_CHECK, Withdrawal.class)
                .setParameter("statuses", List.of(WithdrawalStatus.UNKNOWN, WithdrawalStatus.PENDING))
                .setParameter("now", now).setParameter("madeBefore", madeBefore)
                .setMaxResults(max).getResultStream()
                .map(w -> new OpenWithdrawal(w.reference(), w.gateway(), w.gatewayReference())).toList();
    }

    /**
     * Open withdrawals made before {@code madeBefore} that the gateway gave no reference for: it
     * cannot be asked about them (it finds withdrawals only by its own reference) and they cannot
     * be sent again without the PIN. Each gets a message for a person, once; answers how many.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int flagUncheckable(Instant madeBefore) {
        List<Withdrawal> open = em.createNamedQuery(Withdrawal.OPEN_WITHOUT_GATEWAY_REFERENCE, Withdrawal.class)
                .setParameter("statuses", List.of(WithdrawalStatus.UNKNOWN, WithdrawalStatus.PENDING))
                .setParameter("madeBefore", madeBefore).setMaxResults(500).getResultList();
        Instant now = clock.instant();
        for (Withdrawal w : open) {
            w.noteMessage(FOR_A_PERSON, now);
            w.statusChecked(null);
            audit.recordAs(AuditTrail.SYSTEM, AuditAction.WITHDRAWAL_UPDATED, w.reference(),
                    "left " + w.status() + " for a person: the gateway gave no reference to ask about");
        }
        return open.size();
    }

    /** An open withdrawal to ask about. */
    public record OpenWithdrawal(String reference, String gateway, String gatewayReference) {
    }

    /**
     * What a status query said ({@code known}, or null when the gateway has no such withdrawal),
     * applied forward only; the next question after {@code delayAfter(checks so far)}. Answers
     * whether it moved.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean checked(String reference, GatewayWithdrawal known, IntFunction<Duration> delayAfter) {
        Withdrawal w = find(reference);
        Instant now = clock.instant();
        boolean moved = false;
        if (known != null) {
            w.noteGatewayDetails(known.gatewayReference(), known.fee(), now);
            WithdrawalStatus before = w.status();
            Optional<WithdrawalStatus> next = WithdrawalStatus.fromGateway(known.status());
            if (next.isPresent() && w.advance(next.get(), null, "Status check: the gateway says " + known.status() + ".", now)) {
                moved = true;
                audit.recordAs(AuditTrail.GATEWAY, AuditAction.WITHDRAWAL_UPDATED, reference, before + " -> " + w.status()
                        + " (status check: the gateway says " + known.status() + ")");
            }
        }
        w.statusChecked(now.plus(delayAfter.apply(w.statusChecks())));
        return moved;
    }

    private Withdrawal find(String reference) {
        return em.createNamedQuery(Withdrawal.BY_REFERENCE, Withdrawal.class).setParameter("reference", reference)
                .getSingleResult();
    }
}
