package rw.paydesk.payouts.request.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import rw.paydesk.core.audit.application.AuditTrail;
import rw.paydesk.core.audit.domain.AuditAction;
import rw.paydesk.core.gateway.GatewayPayout;
import rw.paydesk.core.gateway.GatewayTransaction;
import rw.paydesk.core.gateway.Payee;
import rw.paydesk.core.gateway.PayoutInstruction;
import rw.paydesk.core.gateway.infrastructure.dgs.DgsSettings;
import rw.paydesk.core.money.Money;
import rw.paydesk.payouts.beneficiary.domain.Beneficiary;
import rw.paydesk.payouts.beneficiary.domain.BeneficiaryType;
import rw.paydesk.payouts.request.domain.Payout;
import rw.paydesk.payouts.request.domain.PayoutException;
import rw.paydesk.payouts.request.domain.PayoutStatus;

import rw.paydesk.payouts.submission.TransferSteps;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Each step of a payout in a transaction of its own: what a person decided is committed
 * before anything is sent, SUBMITTING with the reference is committed before the gateway is
 * called, and the gateway's answer right after. Every step writes its audit line in the same
 * transaction, with what the person saw.
 */
@Stateless
@LocalBean
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PayoutRecords implements TransferSteps {

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    PayoutSettings settings;

    @Inject
    DgsSettings dgs;

    @Inject
    Clock clock;

    public Payout create(PayoutForm form, PayoutPreview preview, String maker) {
        Beneficiary b = beneficiary(form.beneficiaryId());
        Instant now = clock.instant();
        Payout p = Payout.request(b, preview.amount(), preview.arrives().currency(), rateId(preview), form.description(),
                preview.amountInRwf().amount(), settings.policy(), maker, settings.coolingOff(), now);
        p.noteExpectedFee(preview.expectedFee().amount());
        p.simulate(form.simulationContext());
        em.persist(p);
        em.flush();
        audit.recordAs(maker, AuditAction.PAYOUT_REQUESTED, p.reference().value(), seen(p, preview));
        return p;
    }

    public Payout revise(long id, PayoutForm form, PayoutPreview preview, String maker) {
        Payout p = find(id);
        Beneficiary b = beneficiary(form.beneficiaryId());
        boolean changed = p.revise(b, preview.amount(), preview.arrives().currency(), rateId(preview), form.description(),
                preview.amountInRwf().amount(), settings.policy(), maker, settings.coolingOff(), clock.instant());
        p.noteExpectedFee(preview.expectedFee().amount());
        p.simulate(form.simulationContext());
        audit.recordAs(maker, AuditAction.PAYOUT_CHANGED, p.reference().value(),
                (changed ? "earlier approvals voided; " : "no change to what approvers approve; ") + seen(p, preview));
        return p;
    }

    public Payout cancel(long id, String maker) {
        Payout p = find(id);
        PayoutStatus before = p.status();
        p.cancel(maker, clock.instant());
        audit.recordAs(maker, AuditAction.PAYOUT_CANCELLED, p.reference().value(), "was " + before.label() + "; " + seen(p));
        return p;
    }

    /** Moves a payout whose approvals ran out to EXPIRED; answers whether it did. */
    public boolean expireIfDue(long id) {
        Payout p = find(id);
        if (!p.expireIfDue(clock.instant())) {
            return false;
        }
        audit.recordAs(AuditTrail.SYSTEM, AuditAction.PAYOUT_EXPIRED, p.reference().value(),
                "approvals ran out before it was sent; " + seen(p));
        return true;
    }

    /**
     * {@code approver} approves what the page showed them ({@code shownFingerprint}). Answers
     * whether this was the last approval needed.
     */
    public boolean approve(long id, String approver, String shownFingerprint) {
        Payout p = find(id);
        if (shownFingerprint != null && !shownFingerprint.equals(p.contentFingerprint())) {
            throw new PayoutException(PayoutException.Refusal.CONTENT_CHANGED,
                    "Payout " + p.reference().value() + " changed while you were looking at it; review it again.");
        }
        Instant now = clock.instant();
        boolean last = p.approve(approver, settings.policy(), now);
        int given = p.countingApprovals(now).size();
        audit.recordAs(approver, AuditAction.PAYOUT_APPROVED, p.reference().value(), "approval " + given + " of "
                + p.requiredApprovals() + (last ? " (final)" : "") + "; " + seen(p));
        return last;
    }

    public Payout reject(long id, String approver, String reason) {
        Payout p = find(id);
        p.reject(approver, reason, clock.instant());
        audit.recordAs(approver, AuditAction.PAYOUT_REJECTED, p.reference().value(), "reason: " + p.rejectionReason() + "; " + seen(p));
        return p;
    }

    /** A refused action, audited on its own since the action's own transaction rolled back. */
    public void refused(long id, String user, String action, String why) {
        Payout p = em.find(Payout.class, id);
        audit.recordAs(user, AuditAction.PAYOUT_REFUSED, p == null ? "payout " + id : p.reference().value(),
                action + " refused: " + why);
    }

    public Optional<Payout> approved(long id) {
        Payout p = em.find(Payout.class, id);
        return p != null && p.status() == PayoutStatus.APPROVED ? Optional.of(p) : Optional.empty();
    }

    /** Keeps an approved payout back, noting why; audited when the reason changes. */
    public void hold(long id, String reason) {
        Payout p = em.find(Payout.class, id);
        if (p == null || p.status() != PayoutStatus.APPROVED || reason.equals(p.holdReason())) {
            return;
        }
        p.hold(reason, clock.instant());
        audit.recordAs(AuditTrail.SYSTEM, AuditAction.PAYOUT_HELD, p.reference().value(), reason);
    }

    /**
     * The last checks, then SUBMITTING with the reference committed: the instruction to send.
     * Empty if the payout is no longer APPROVED (another node took it, or it expired).
     */
    public Optional<PayoutInstruction> claim(long id) {
        Payout p = find(id);
        Instant now = clock.instant();
        if (p.expireIfDue(now)) {
            audit.recordAs(AuditTrail.SYSTEM, AuditAction.PAYOUT_EXPIRED, p.reference().value(),
                    "approvals ran out before it was sent; " + seen(p));
            return Optional.empty();
        }
        if (p.status() != PayoutStatus.APPROVED) {
            return Optional.empty();
        }
        Beneficiary b = beneficiary(p.beneficiaryId());
        p.startSubmission(b, settings.coolingOff(), now);
        p.countSend(now);
        audit.recordAs(AuditTrail.SYSTEM, AuditAction.PAYOUT_SENT, p.reference().value(),
                "sent to the gateway, approved by " + approvers(p, now) + "; " + seen(p));
        return Optional.of(instruction(p, b));
    }

    /** The same instruction again, for a SUBMITTING payout the gateway says it never received. */
    public Optional<PayoutInstruction> resend(long id, String why) {
        Payout p = find(id);
        if (p.status() != PayoutStatus.SUBMITTING) {
            return Optional.empty();
        }
        int attempt = p.countSend(clock.instant());
        audit.recordAs(AuditTrail.SYSTEM, AuditAction.PAYOUT_SENT, p.reference().value(),
                "sent again with the same reference (attempt " + attempt + "): " + why);
        return Optional.of(instruction(p, beneficiary(p.beneficiaryId())));
    }

    @Override
    public void answered(String reference, GatewayPayout answer) {
        Payout p = byReference(reference);
        p.noteGatewayDetails(answer.transactionId(), answer.fee());
        p.noteTransferId(answer.transferId());
        PayoutStatus next = PayoutStatus.fromGateway(answer.status()).orElse(PayoutStatus.SUBMITTED);
        move(p, next, answer.code(), answer.message(), AuditTrail.SYSTEM, "gateway acknowledged (" + answer.status() + ")");
    }

    @Override
    public void refusedByGateway(String reference, String code, String message) {
        Payout p = byReference(reference);
        move(p, PayoutStatus.FAILED, code, message, AuditTrail.SYSTEM, "refused by the gateway: " + message);
        p.statusChecked(null, false);
    }

    /** The request did not reach the gateway; it stays SUBMITTING and the sweep sends it again. */
    @Override
    public void notSent(String reference, String why) {
        Payout p = byReference(reference);
        if (p.status() == PayoutStatus.SUBMITTING) {
            p.notSent(why, clock.instant());
            audit.recordAs(AuditTrail.SYSTEM, AuditAction.PAYOUT_UPDATED, reference, "not sent: " + why);
        }
    }

    /** No answer that says what happened: UNKNOWN until a status check or webhook settles it. */
    @Override
    public void unknown(String reference, String why) {
        Payout p = byReference(reference);
        if (p.status() == PayoutStatus.SUBMITTING) {
            move(p, PayoutStatus.UNKNOWN, null, why, AuditTrail.SYSTEM, "outcome unknown: " + why);
        }
        scheduleCheck(p, false);
    }

    /** What the gateway's records say (a status query), applied forward only. */
    @Override
    public void adopt(String reference, GatewayTransaction transaction, String why) {
        Payout p = byReference(reference);
        p.noteGatewayDetails(null, transaction.fee());
        Optional<PayoutStatus> next = PayoutStatus.fromGateway(transaction.status());
        if (next.isPresent()) {
            move(p, next.get(), null, transaction.reason(), AuditTrail.GATEWAY, why + ": the gateway says " + transaction.status());
        }
        scheduleCheck(p, true);
    }

    /** The gateway could not tell (yet): asked again later, on the back-off schedule. */
    @Override
    public void checkAgainLater(String reference, String why) {
        Payout p = byReference(reference);
        if (p.status() == PayoutStatus.UNKNOWN && why != null) {
            p.note(why, clock.instant());
        }
        scheduleCheck(p, true);
    }

    public List<Long> ids(PayoutStatus status) {
        return em.createQuery("select p.id from Payout p where p.status = :status order by p.id", Long.class)
                .setParameter("status", status).getResultList();
    }

    public List<Long> staleSubmitting(Instant before) {
        return em.createNamedQuery(Payout.STALE_SUBMITTING, Long.class).setParameter("before", before).getResultList();
    }

    public List<Long> dueForCheck(Instant now) {
        return em.createNamedQuery(Payout.DUE_FOR_CHECK, Long.class)
                .setParameter("statuses", List.of(PayoutStatus.SUBMITTED, PayoutStatus.UNKNOWN))
                .setParameter("now", now).setMaxResults(200).getResultList();
    }

    public Optional<String> referenceOf(long id) {
        Payout p = em.find(Payout.class, id);
        return p == null ? Optional.empty() : Optional.of(p.reference().value());
    }

    private void scheduleCheck(Payout p, boolean counted) {
        if (p.status().isFinal()) {
            p.statusChecked(null, counted);
            return;
        }
        List<java.time.Duration> delays = settings.statusCheckDelays();
        int n = Math.min(p.statusChecks() + (counted ? 1 : 0), delays.size() - 1);
        p.statusChecked(clock.instant().plus(delays.get(n)), counted);
    }

    private void move(Payout p, PayoutStatus next, String code, String message, String actor, String detail) {
        PayoutStatus before = p.status();
        if (p.advance(next, code, message, clock.instant())) {
            audit.recordAs(actor, AuditAction.PAYOUT_UPDATED, p.reference().value(), before.label() + " -> "
                    + p.status().label() + ": " + detail);
            if (p.status() == PayoutStatus.SUBMITTED) {
                scheduleCheck(p, false);
            }
        }
    }

    private PayoutInstruction instruction(Payout p, Beneficiary b) {
        Payee payee = b.type() == BeneficiaryType.BANK
                ? Payee.bank(b.bankCode(), b.accountNumber(), b.firstName(), b.lastName(), b.email())
                : Payee.mobile(b.phoneNumber(), b.provider(), b.firstName(), b.lastName(), b.email());
        return new PayoutInstruction(p.reference(), p.amount(), p.destinationCurrency(), p.rateId(), p.description(),
                payee, dgs.callbackUrl(), p.simulationContext());
    }

    private static String rateId(PayoutPreview preview) {
        return preview.quote() == null ? null : preview.quote().rateId();
    }

    private static String approvers(Payout p, Instant now) {
        return String.join(" and ", p.countingApprovals(now).stream().map(a -> a.approver()).toList());
    }

    /** What the people deciding saw: amount, beneficiary, fee. */
    static String seen(Payout p) {
        String fee = p.expectedFee() == null ? "" : ", expected fee " + Money.formatAmount(p.expectedFee(), p.sourceCurrency());
        return p.amount().format() + " to " + p.beneficiaryDetails() + fee + (p.rateId() == null ? ""
                : ", paid out in " + p.destinationCurrency().getCurrencyCode() + " at quote " + p.rateId());
    }

    private static String seen(Payout p, PayoutPreview preview) {
        String balance = preview.withdrawable() == null ? "balance unknown"
                : "withdrawable " + preview.withdrawable().format() + (Boolean.TRUE.equals(preview.sufficient()) ? "" : " (not enough)");
        return seen(p) + "; " + balance + "; needs " + p.requiredApprovals() + " approval" + (p.requiredApprovals() == 1 ? "" : "s");
    }

    private Payout find(long id) {
        Payout p = em.find(Payout.class, id);
        if (p == null) {
            throw new PayoutException(PayoutException.Refusal.INVALID, "There is no payout " + id + ".");
        }
        return p;
    }

    private Payout byReference(String reference) {
        return em.createNamedQuery(Payout.BY_REFERENCE, Payout.class).setParameter("reference", reference).getSingleResult();
    }

    private Beneficiary beneficiary(Long id) {
        Beneficiary b = id == null ? null : em.find(Beneficiary.class, id);
        if (b == null) {
            throw new PayoutException(PayoutException.Refusal.INVALID, "Choose the beneficiary.");
        }
        return b;
    }
}
