package rw.paydesk.payouts.batch.application;

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
import rw.paydesk.core.gateway.PayoutInstruction;
import rw.paydesk.core.gateway.infrastructure.dgs.DgsSettings;
import rw.paydesk.core.money.Money;
import rw.paydesk.payouts.batch.domain.BatchLine;
import rw.paydesk.payouts.batch.domain.BatchRow;
import rw.paydesk.payouts.batch.domain.BatchRowStatus;
import rw.paydesk.payouts.batch.domain.BatchStatus;
import rw.paydesk.payouts.batch.domain.BatchSummary;
import rw.paydesk.payouts.batch.domain.PayoutBatch;
import rw.paydesk.payouts.batch.infrastructure.BatchRowWriter;
import rw.paydesk.payouts.request.application.PayoutSettings;
import rw.paydesk.payouts.request.domain.PayoutException;

import rw.paydesk.payouts.submission.TransferSteps;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each step of a batch and of its rows in a transaction of its own, audited in that same
 * transaction: what a person decided is committed before anything is sent, a row's SENDING
 * (with its reference) is committed before the gateway is called, and the gateway's answer
 * right after. Reads bypass the shared cache, so a node never acts on a row another node has
 * moved on.
 */
@Stateless
@LocalBean
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class BatchRecords implements TransferSteps {

    private static final Map<String, Object> FRESH = Map.of("eclipselink.refresh", "true");
    private static final Currency RWF = Currency.getInstance("RWF");

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    PayoutSettings payoutSettings;

    @Inject
    DgsSettings dgs;

    @Inject
    Clock clock;

    /** Stores a checked file as a draft batch: the batch, then its rows in JDBC batches, in one transaction. */
    public PayoutBatch create(String fileName, List<BatchLine> lines, Money withdrawable, String maker) {
        Instant now = clock.instant();
        List<BatchRow> rows = lines.stream().map(l -> BatchRow.of(l, now)).toList();
        PayoutBatch batch = PayoutBatch.upload(fileName, rows, payoutSettings.policy(), maker, now);
        em.persist(batch);
        em.flush();
        rows.forEach(r -> r.belongsTo(batch.id()));
        try {
            BatchRowWriter.insert(em.unwrap(Connection.class), rows);
        } catch (SQLException e) {
            throw new IllegalStateException("the rows of batch " + batch.reference() + " could not be stored", e);
        }
        audit.recordAs(maker, AuditAction.PAYOUT_BATCH_UPLOADED, batch.reference().value(), "file " + batch.fileName()
                + " checked without errors, saved as a draft; " + seen(batch, withdrawable));
        return batch;
    }

    /** A file that was refused (bad rows, or as a whole): nothing stored, the attempt audited. */
    public void uploadRefused(String fileName, String maker, String why) {
        audit.recordAs(maker, AuditAction.PAYOUT_BATCH_UPLOADED, "file " + clip(fileName == null ? "?" : fileName, 100),
                "refused, nothing stored: " + why);
    }

    public PayoutBatch submit(long id, String maker, Money withdrawable) {
        PayoutBatch b = batch(id);
        b.submitForApproval(maker, clock.instant());
        audit.recordAs(maker, AuditAction.PAYOUT_BATCH_UPDATED, b.reference().value(),
                "submitted for approval; " + seen(b, withdrawable));
        return b;
    }

    /** {@code approver} approves what the page showed them; answers whether it was the last approval needed. */
    public boolean approve(long id, String approver, String shownFingerprint, Money withdrawable) {
        PayoutBatch b = batch(id);
        if (shownFingerprint != null && !shownFingerprint.equals(b.contentFingerprint())) {
            throw new PayoutException(PayoutException.Refusal.CONTENT_CHANGED,
                    "Batch " + b.reference().value() + " changed while you were looking at it; review it again.");
        }
        Instant now = clock.instant();
        boolean last = b.approve(approver, payoutSettings.policy(), now);
        audit.recordAs(approver, AuditAction.PAYOUT_BATCH_APPROVED, b.reference().value(), "approval "
                + b.countingApprovals(now).size() + " of " + b.requiredApprovals() + (last ? " (final)" : "") + "; "
                + seen(b, withdrawable));
        return last;
    }

    public PayoutBatch reject(long id, String approver, String reason) {
        PayoutBatch b = batch(id);
        b.reject(approver, reason, clock.instant());
        int cancelled = cancelRows(id);
        audit.recordAs(approver, AuditAction.PAYOUT_BATCH_REJECTED, b.reference().value(), "reason: "
                + b.rejectionReason() + "; " + cancelled + " rows will not be sent; " + seen(b, null));
        return b;
    }

    public PayoutBatch cancel(long id, String maker) {
        PayoutBatch b = batch(id);
        BatchStatus before = b.status();
        b.cancel(maker, clock.instant());
        int cancelled = cancelRows(id);
        audit.recordAs(maker, AuditAction.PAYOUT_BATCH_CANCELLED, b.reference().value(), "was " + before.label()
                + "; " + cancelled + " rows will not be sent; " + seen(b, null));
        return b;
    }

    /** Moves a batch whose approvals ran out to EXPIRED; answers whether it did. */
    public boolean expireIfDue(long id) {
        PayoutBatch b = batch(id);
        if (!b.expireIfDue(clock.instant())) {
            return false;
        }
        cancelRows(id);
        audit.recordAs(AuditTrail.SYSTEM, AuditAction.PAYOUT_BATCH_UPDATED, b.reference().value(),
                "expired: approvals ran out before it was sent; " + seen(b, null));
        return true;
    }

    /** A refused action, audited on its own since the action's own transaction rolled back. */
    public void refused(long id, String user, String action, String why) {
        PayoutBatch b = em.find(PayoutBatch.class, id);
        audit.recordAs(user, AuditAction.PAYOUT_REFUSED, b == null ? "batch " + id : b.reference().value(),
                "batch " + action + " refused: " + why);
    }

    /**
     * The last check before the first row goes out: the rows are what was approved. Answers
     * whether the batch is SENDING (now or already).
     */
    public boolean startSending(long id) {
        PayoutBatch b = batch(id);
        if (b.status() == BatchStatus.SENDING) {
            return true;
        }
        if (b.status() != BatchStatus.APPROVED) {
            return false;
        }
        Instant now = clock.instant();
        if (b.expireIfDue(now)) {
            cancelRows(id);
            audit.recordAs(AuditTrail.SYSTEM, AuditAction.PAYOUT_BATCH_UPDATED, b.reference().value(),
                    "expired: approvals ran out before it was sent; " + seen(b, null));
            return false;
        }
        List<BatchRow> rows = em.createNamedQuery(BatchRow.OF_BATCH, BatchRow.class).setParameter("batchId", id)
                .setHint("eclipselink.refresh", "true").getResultList();
        String approvers = String.join(" and ", b.countingApprovals(now).stream().map(a -> a.approver()).toList());
        b.startSending(rows, now);
        audit.recordAs(AuditTrail.SYSTEM, AuditAction.PAYOUT_BATCH_UPDATED, b.reference().value(), "sending "
                + rows.size() + " rows to the gateway, approved by " + approvers + "; " + seen(b, null));
        return true;
    }

    /** Ids of rows still to send, in file order. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> pendingRows(long batchId, int max) {
        return em.createNamedQuery(BatchRow.IDS_BY_STATUS, Long.class).setParameter("batchId", batchId)
                .setParameter("status", BatchRowStatus.PENDING).setMaxResults(max).getResultList();
    }

    /**
     * Claims a row for sending with a conditional update (PENDING → SENDING, committed with
     * its reference before the call); empty if another node or thread claimed it first, or if
     * its batch is not being sent.
     */
    public Optional<PayoutInstruction> claim(long rowId) {
        Instant now = clock.instant();
        int claimed = em.createQuery("update BatchRow r set r.status = :sending, r.sendAttempts = r.sendAttempts + 1,"
                        + " r.updatedAt = :now, r.version = r.version + 1 where r.id = :id and r.status = :pending"
                        + " and r.batchId in (select b.id from PayoutBatch b where b.status = :batchSending)")
                .setParameter("sending", BatchRowStatus.SENDING).setParameter("pending", BatchRowStatus.PENDING)
                .setParameter("batchSending", BatchStatus.SENDING).setParameter("now", now).setParameter("id", rowId)
                .executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        return Optional.of(instruction(row(rowId)));
    }

    /**
     * A row left SENDING that the gateway says it never received: claimed again (only if
     * nobody else has touched it since {@code seen}) and the same instruction, with the same
     * reference, sent again.
     */
    public Optional<PayoutInstruction> reclaim(long rowId, Instant seen, String why) {
        Instant now = clock.instant();
        int claimed = em.createQuery("update BatchRow r set r.sendAttempts = r.sendAttempts + 1, r.updatedAt = :now,"
                        + " r.version = r.version + 1 where r.id = :id and r.status = :sending and r.updatedAt = :seen")
                .setParameter("sending", BatchRowStatus.SENDING).setParameter("now", now).setParameter("id", rowId)
                .setParameter("seen", seen).executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        BatchRow r = row(rowId);
        audit.recordAs(AuditTrail.SYSTEM, AuditAction.PAYOUT_BATCH_UPDATED, r.reference().value(), "row " + r.line()
                + " of batch " + batchReference(r) + " sent again with the same reference (attempt " + r.sendAttempts()
                + "): " + why);
        return Optional.of(instruction(r));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<BatchRow> findRow(long rowId) {
        return Optional.ofNullable(em.find(BatchRow.class, rowId, FRESH));
    }

    @Override
    public void answered(String reference, GatewayPayout answer) {
        BatchRow r = byReference(reference);
        r.noteGatewayDetails(answer.transactionId(), answer.fee());
        r.noteTransferId(answer.transferId());
        BatchRowStatus next = BatchRowStatus.fromGateway(answer.status()).orElse(BatchRowStatus.SUBMITTED);
        move(r, next, answer.code(), answer.message(), AuditTrail.SYSTEM, "gateway acknowledged (" + answer.status() + ")");
    }

    @Override
    public void refusedByGateway(String reference, String code, String message) {
        BatchRow r = byReference(reference);
        move(r, BatchRowStatus.FAILED, code, message, AuditTrail.SYSTEM, "refused by the gateway: " + message);
        r.statusChecked(null, false);
    }

    /** The request did not reach the gateway; the row stays SENDING and the sweep looks it up, then resends. */
    @Override
    public void notSent(String reference, String why) {
        BatchRow r = byReference(reference);
        if (r.status() == BatchRowStatus.SENDING) {
            r.note("Not sent yet: " + why, clock.instant());
        }
    }

    /** No answer that says what happened: UNKNOWN until a status check or webhook settles it. */
    @Override
    public void unknown(String reference, String why) {
        BatchRow r = byReference(reference);
        if (r.status() == BatchRowStatus.SENDING) {
            move(r, BatchRowStatus.UNKNOWN, null, why, AuditTrail.SYSTEM, "outcome unknown: " + why);
        }
        scheduleCheck(r, false);
    }

    /** What the gateway's records say (a status query), applied forward only. */
    @Override
    public void adopt(String reference, GatewayTransaction transaction, String why) {
        BatchRow r = byReference(reference);
        r.noteGatewayDetails(null, transaction.fee());
        BatchRowStatus.fromGateway(transaction.status()).ifPresent(next -> move(r, next, null, transaction.reason(),
                AuditTrail.GATEWAY, why + ": the gateway says " + transaction.status()));
        scheduleCheck(r, true);
    }

    /** The gateway could not tell (yet): asked again later, on the back-off schedule. */
    @Override
    public void checkAgainLater(String reference, String why) {
        BatchRow r = byReference(reference);
        if (why != null) {
            r.note(why, clock.instant());
        }
        scheduleCheck(r, true);
    }

    /** SENDING or APPROVED batches, which the sweep (re)starts; AWAITING_APPROVAL ones, which it may expire. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> batchIds(BatchStatus... statuses) {
        return em.createNamedQuery(PayoutBatch.IDS_BY_STATUS, Long.class).setParameter("statuses", List.of(statuses))
                .getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean hasPendingRows(long batchId) {
        return !pendingRows(batchId, 1).isEmpty();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> staleSending(Instant before) {
        return em.createNamedQuery(BatchRow.STALE_SENDING, Long.class).setParameter("before", before)
                .setMaxResults(500).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> dueForCheck(Instant now) {
        return em.createNamedQuery(BatchRow.DUE_FOR_CHECK, Long.class)
                .setParameter("statuses", List.of(BatchRowStatus.SUBMITTED, BatchRowStatus.UNKNOWN))
                .setParameter("now", now).setMaxResults(500).getResultList();
    }

    /**
     * A SENDING batch whose every row has its final outcome becomes FINISHED (a conditional
     * update, so two nodes or a webhook and the sweep never collide). Answers whether it did.
     */
    public boolean finishIfDone(long batchId) {
        if (finish(em, batchId, clock.instant()) == 0) {
            return false;
        }
        PayoutBatch b = batch(batchId);
        List<Object[]> counts = em.createNamedQuery(BatchRow.COUNTS, Object[].class).setParameter("batchId", batchId)
                .getResultList();
        StringBuilder outcome = new StringBuilder();
        for (Object[] c : counts) {
            outcome.append(outcome.length() == 0 ? "" : ", ").append(c[1]).append(' ')
                    .append(((BatchRowStatus) c[0]).label());
        }
        audit.recordAs(AuditTrail.SYSTEM, AuditAction.PAYOUT_BATCH_UPDATED, b.reference().value(),
                "finished: " + outcome + "; " + seen(b, null));
        return true;
    }

    /**
     * The conditional update that finishes a SENDING batch with no open row, in the caller's
     * transaction (a webhook's, after its row moved). Answers the number of batches finished.
     */
    static int finish(EntityManager em, long batchId, Instant now) {
        return em.createQuery("update PayoutBatch b set b.status = :finished, b.finishedAt = :now, b.updatedAt = :now,"
                        + " b.version = b.version + 1 where b.id = :id and b.status = :sending and not exists"
                        + " (select r.id from BatchRow r where r.batchId = :id and r.status in :open)")
                .setParameter("finished", BatchStatus.FINISHED).setParameter("sending", BatchStatus.SENDING)
                .setParameter("open", List.of(BatchRowStatus.PENDING, BatchRowStatus.SENDING, BatchRowStatus.SUBMITTED,
                        BatchRowStatus.UNKNOWN))
                .setParameter("now", now).setParameter("id", batchId).executeUpdate();
    }

    private int cancelRows(long batchId) {
        return em.createQuery("update BatchRow r set r.status = :cancelled, r.updatedAt = :now, r.version = r.version + 1"
                        + " where r.batchId = :id and r.status = :pending")
                .setParameter("cancelled", BatchRowStatus.CANCELLED).setParameter("pending", BatchRowStatus.PENDING)
                .setParameter("now", clock.instant()).setParameter("id", batchId).executeUpdate();
    }

    private void scheduleCheck(BatchRow r, boolean counted) {
        if (r.status().isFinal()) {
            r.statusChecked(null, counted);
            return;
        }
        List<Duration> delays = payoutSettings.statusCheckDelays();
        int n = Math.min(r.statusChecks() + (counted ? 1 : 0), delays.size() - 1);
        r.statusChecked(clock.instant().plus(delays.get(n)), counted);
    }

    private void move(BatchRow r, BatchRowStatus next, String code, String message, String actor, String detail) {
        BatchRowStatus before = r.status();
        if (r.advance(next, code, message, clock.instant())) {
            if (next == BatchRowStatus.FAILED || next == BatchRowStatus.UNKNOWN || before == BatchRowStatus.UNKNOWN) {
                // the ordinary path (sent, completed) is on the row itself; the exceptions are audited one by one
                audit.recordAs(actor, AuditAction.PAYOUT_BATCH_UPDATED, r.reference().value(), "row " + r.line()
                        + " of batch " + batchReference(r) + ": " + before.label() + " -> " + r.status().label() + ": "
                        + detail + " (" + r.amount().format() + " to " + r.payeeText() + ")");
            }
            if (r.status() == BatchRowStatus.SUBMITTED) {
                scheduleCheck(r, false);
            }
        }
    }

    private PayoutInstruction instruction(BatchRow r) {
        return new PayoutInstruction(r.reference(), r.amount(), RWF, null, r.description(), r.payee(), dgs.callbackUrl(),
                r.simulationContext());
    }

    private String batchReference(BatchRow r) {
        return em.createQuery("select b.reference from PayoutBatch b where b.id = :id", String.class)
                .setParameter("id", r.batchId()).getSingleResult();
    }

    /** What the people deciding saw: count, total, fees, debit, new payees, balance. */
    static String seen(PayoutBatch b, Money withdrawable) {
        String balance = withdrawable == null ? "" : "; withdrawable " + withdrawable.format()
                + (withdrawable.compareTo(b.debit()) >= 0 ? " (enough)" : " (not enough)");
        return b.rowCount() + " rows, total " + b.total().format() + ", expected fees " + b.expectedFees().format()
                + ", debit " + b.debit().format() + ", " + b.newPayees() + " new payee" + (b.newPayees() == 1 ? "" : "s")
                + ", needs " + b.requiredApprovals() + " approval" + (b.requiredApprovals() == 1 ? "" : "s") + balance;
    }

    static String seen(BatchSummary s) {
        return s.rows() + " rows, total " + s.total().format() + ", expected fees " + s.fees().format() + ", "
                + s.newPayees() + " new payees";
    }

    private PayoutBatch batch(long id) {
        PayoutBatch b = em.find(PayoutBatch.class, id, FRESH);
        if (b == null) {
            throw new PayoutException(PayoutException.Refusal.INVALID, "There is no payout batch " + id + ".");
        }
        return b;
    }

    private BatchRow row(long id) {
        return em.find(BatchRow.class, id, FRESH);
    }

    private BatchRow byReference(String reference) {
        return em.createNamedQuery(BatchRow.BY_REFERENCE, BatchRow.class).setParameter("reference", reference)
                .setHint("eclipselink.refresh", "true").getSingleResult();
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
