package rw.paydesk.payouts.batch.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import rw.paydesk.core.money.Money;
import rw.paydesk.core.party.Reference;
import rw.paydesk.payouts.approval.domain.Approval;
import rw.paydesk.payouts.approval.domain.ApprovalPolicy;
import rw.paydesk.payouts.approval.domain.ContentFingerprint;
import rw.paydesk.payouts.request.domain.PayoutException;
import rw.paydesk.payouts.request.domain.PayoutException.Refusal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A file of payouts that approvers approve as one. The same four-eyes rules as a single
 * payout hold for the batch as a whole: the maker never approves it (administrators are not
 * exempt), each approver approves once, enough different people approve for the batch's
 * total in RWF, every approval is bound to the SHA-256 fingerprint of the batch's content
 * (every row, with its reference) and counts for a limited time. Its rows are sent only
 * after the final approval, and only if their content is still what was approved.
 */
@Entity
@Table(name = "payout_batch")
@NamedQuery(name = PayoutBatch.BY_REFERENCE, query = "select b from PayoutBatch b where b.reference = :reference")
@NamedQuery(name = PayoutBatch.RECENT, query = "select b from PayoutBatch b order by b.createdAt desc, b.id desc")
@NamedQuery(name = PayoutBatch.IDS_BY_STATUS, query = "select b.id from PayoutBatch b where b.status in :statuses"
        + " order by b.createdAt, b.id")
@NamedQuery(name = PayoutBatch.COUNT_BY_STATUS, query = "select count(b) from PayoutBatch b where b.status in :statuses")
public class PayoutBatch {

    public static final String BY_REFERENCE = "PayoutBatch.byReference";
    public static final String RECENT = "PayoutBatch.recent";
    /** Parameter {@code statuses}. */
    public static final String IDS_BY_STATUS = "PayoutBatch.idsByStatus";
    /** Parameter {@code statuses}: e.g. the approvers' count. */
    public static final String COUNT_BY_STATUS = "PayoutBatch.countByStatus";

    /** The prefix of batch references ("PayDesk Batch"). */
    public static final String REFERENCE_PREFIX = "PDB";

    private static final Currency RWF = Currency.getInstance("RWF");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false, length = 50)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BatchStatus status;

    @Column(name = "file_name", nullable = false, length = 200, updatable = false)
    private String fileName;

    @Column(name = "row_count", nullable = false, updatable = false)
    private int rowCount;

    /** What the payees receive together, RWF. */
    @Column(name = "total_amount", nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal totalAmount;

    @Column(name = "expected_fees", nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal expectedFees;

    @Column(name = "new_payees", nullable = false, updatable = false)
    private int newPayees;

    @Column(name = "required_approvals", nullable = false, updatable = false)
    private int requiredApprovals;

    /** SHA-256 over the batch's reference, count, total and every row's fingerprint. */
    @Column(name = "content_fingerprint", nullable = false, length = 64, updatable = false)
    private String contentFingerprint;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "payout_batch_approval", joinColumns = @JoinColumn(name = "batch_id"))
    @OrderBy("approvedAt")
    private List<Approval> approvals = new ArrayList<>();

    @Column(nullable = false, updatable = false, length = 64)
    private String maker;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "rejected_by", length = 64)
    private String rejectedBy;

    @Column(name = "rejection_reason", length = 500)
    private String rejectionReason;

    @Column(name = "sending_at")
    private Instant sendingAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    private long version;

    protected PayoutBatch() {
        // for JPA
    }

    /**
     * A checked file becomes a draft batch of {@code rows} (every row already checked; a
     * file with a bad row never becomes a batch). The required approvals follow from the
     * total, by {@code policy}.
     */
    public static PayoutBatch upload(String fileName, List<BatchRow> rows, ApprovalPolicy policy, String maker,
                                     Instant now) {
        Objects.requireNonNull(rows, "rows");
        if (rows.isEmpty()) {
            throw new PayoutException(Refusal.INVALID, "A batch needs at least one payout row.");
        }
        PayoutBatch b = new PayoutBatch();
        b.maker = requireUser(maker);
        b.reference = Reference.generate(REFERENCE_PREFIX).value();
        b.status = BatchStatus.DRAFT;
        String name = fileName == null || fileName.isBlank() ? "payouts.csv" : fileName.trim();
        b.fileName = name.length() <= 200 ? name : name.substring(name.length() - 200);
        b.rowCount = rows.size();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal fees = BigDecimal.ZERO;
        int fresh = 0;
        for (BatchRow r : rows) {
            total = total.add(r.amount().amount());
            fees = fees.add(r.expectedFee());
            fresh += r.newPayee() ? 1 : 0;
        }
        b.totalAmount = total;
        b.expectedFees = fees;
        b.newPayees = fresh;
        b.requiredApprovals = Objects.requireNonNull(policy, "policy").requiredApprovals(total);
        b.contentFingerprint = b.fingerprintOf(rows);
        b.createdAt = Objects.requireNonNull(now, "now");
        b.updatedAt = now;
        return b;
    }

    /** The fingerprint of the batch with these rows; equal to {@link #contentFingerprint()} while nothing changed. */
    public String fingerprintOf(List<BatchRow> rows) {
        List<Object> parts = new ArrayList<>(rows.size() + 3);
        parts.add(reference);
        parts.add(rows.size());
        parts.add(rows.stream().map(r -> r.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add)
                .stripTrailingZeros().toPlainString());
        rows.stream().sorted(java.util.Comparator.comparingInt(BatchRow::line)).map(BatchRow::fingerprint)
                .forEach(parts::add);
        return ContentFingerprint.of(parts.toArray());
    }

    /** The maker puts the draft forward: approvers now see it. */
    public void submitForApproval(String by, Instant now) {
        requireMaker(by, "submit");
        if (status != BatchStatus.DRAFT) {
            throw wrongState("submitted for approval");
        }
        status = BatchStatus.AWAITING_APPROVAL;
        submittedAt = now;
        updatedAt = now;
    }

    /**
     * {@code approver} approves the batch as it stands. Answers whether that was the last
     * approval needed, which makes the batch APPROVED.
     */
    public boolean approve(String approver, ApprovalPolicy policy, Instant now) {
        String user = requireUser(approver);
        if (user.equalsIgnoreCase(maker)) {
            throw new PayoutException(Refusal.SELF_APPROVAL,
                    "You uploaded batch " + reference + ", so you cannot approve it; another approver must.");
        }
        if (status != BatchStatus.AWAITING_APPROVAL) {
            throw wrongState("approved");
        }
        if (isExpiredAt(now)) {
            throw expired();
        }
        if (countingApprovals(now).stream().anyMatch(a -> a.isBy(user))) {
            int needed = approvalsStillNeeded(now);
            throw new PayoutException(Refusal.ALREADY_APPROVED, "You have already approved batch " + reference + "; "
                    + (needed == 1 ? "one more approver is needed." : needed + " more approvers are needed."));
        }
        approvals.add(new Approval(user, now, now.plus(policy.validity()), contentFingerprint));
        updatedAt = now;
        if (countingApprovals(now).size() >= requiredApprovals) {
            status = BatchStatus.APPROVED;
            approvedAt = now;
            return true;
        }
        return false;
    }

    /** An approver refuses the batch, saying why; the maker cannot (they cancel). */
    public void reject(String approver, String reason, Instant now) {
        String user = requireUser(approver);
        if (user.equalsIgnoreCase(maker)) {
            throw new PayoutException(Refusal.SELF_APPROVAL,
                    "You uploaded batch " + reference + "; cancel it instead of rejecting it.");
        }
        if (status != BatchStatus.AWAITING_APPROVAL) {
            throw wrongState("rejected");
        }
        String why = reason == null ? "" : reason.trim().replaceAll("\\s+", " ");
        if (why.isEmpty() || why.length() > 500) {
            throw new PayoutException(Refusal.INVALID, "Say why the batch is rejected (at most 500 characters); "
                    + "the maker sees it.");
        }
        status = BatchStatus.REJECTED;
        rejectedBy = user;
        rejectionReason = why;
        voidApprovals("the batch was rejected", now);
        updatedAt = now;
    }

    /** The maker withdraws the batch before any row is sent. */
    public void cancel(String by, Instant now) {
        requireMaker(by, "cancel");
        if (!status.isBeforeSending()) {
            throw wrongState("cancelled");
        }
        status = BatchStatus.CANCELLED;
        voidApprovals("the maker cancelled the batch", now);
        updatedAt = now;
    }

    /** Whether an approval it depends on has run out before its rows were sent. */
    public boolean isExpiredAt(Instant now) {
        return (status == BatchStatus.AWAITING_APPROVAL || status == BatchStatus.APPROVED)
                && approvals.stream().anyMatch(a -> !a.isVoided() && a.isExpiredAt(now));
    }

    /** When the oldest approval it depends on runs out, if it has any. */
    public Instant expiresAt() {
        return approvals.stream().filter(a -> !a.isVoided()).map(Approval::expiresAt).min(Instant::compareTo).orElse(null);
    }

    /** Moves the batch to EXPIRED if its approvals ran out; for the sweep and before any action. */
    public boolean expireIfDue(Instant now) {
        if (!isExpiredAt(now)) {
            return false;
        }
        status = BatchStatus.EXPIRED;
        updatedAt = now;
        return true;
    }

    /**
     * The last check before the first row goes out: approved, approvals unexpired and bound to
     * exactly these rows. The batch then stays SENDING until every row has its outcome.
     */
    public void startSending(List<BatchRow> rows, Instant now) {
        if (status != BatchStatus.APPROVED) {
            throw wrongState("sent");
        }
        if (isExpiredAt(now)) {
            throw expired();
        }
        String current = fingerprintOf(rows);
        long valid = approvals.stream().filter(a -> a.countsFor(current, now)).map(Approval::approver)
                .map(u -> u.toLowerCase(Locale.ROOT)).distinct().count();
        if (!current.equals(contentFingerprint) || rows.size() != rowCount || valid < requiredApprovals) {
            throw new PayoutException(Refusal.CONTENT_CHANGED,
                    "Batch " + reference + " is not what its approvers approved; nothing of it is sent.");
        }
        status = BatchStatus.SENDING;
        sendingAt = now;
        updatedAt = now;
    }

    /** Approvals that count now for the content as it stands. */
    public List<Approval> countingApprovals(Instant now) {
        return approvals.stream().filter(a -> a.countsFor(contentFingerprint, now)).toList();
    }

    public int approvalsStillNeeded(Instant now) {
        return Math.max(0, requiredApprovals - countingApprovals(now).size());
    }

    private void voidApprovals(String reason, Instant now) {
        approvals.forEach(a -> a.voidFor(reason, now));
    }

    private void requireMaker(String by, String action) {
        if (!requireUser(by).equalsIgnoreCase(maker)) {
            throw new PayoutException(Refusal.NOT_THE_MAKER, "Only " + maker + ", who uploaded batch " + reference
                    + ", may " + action + " it.");
        }
    }

    private PayoutException wrongState(String action) {
        return new PayoutException(Refusal.WRONG_STATE, "Batch " + reference + " is " + status.label()
                + " and can no longer be " + action + ".");
    }

    private PayoutException expired() {
        return new PayoutException(Refusal.EXPIRED, "The approvals of batch " + reference + " ran out on "
                + WHEN.format(expiresAt()) + "; the maker must upload the file again.");
    }

    private static String requireUser(String user) {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("the acting user is required");
        }
        return user.trim();
    }

    public Long id() { return id; }
    public Reference reference() { return new Reference(reference); }
    public BatchStatus status() { return status; }
    public String fileName() { return fileName; }
    public int rowCount() { return rowCount; }
    public Money total() { return Money.of(totalAmount, RWF); }
    public Money expectedFees() { return Money.of(expectedFees, RWF); }
    /** Total and fees: what leaves the wallet. */
    public Money debit() { return total().plus(expectedFees()); }
    public int newPayees() { return newPayees; }
    public int requiredApprovals() { return requiredApprovals; }
    public String contentFingerprint() { return contentFingerprint; }
    /** Every approval ever given, voided ones included, oldest first. */
    public List<Approval> approvals() { return Collections.unmodifiableList(approvals); }
    public String maker() { return maker; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Instant submittedAt() { return submittedAt; }
    public Instant approvedAt() { return approvedAt; }
    public String rejectedBy() { return rejectedBy; }
    public String rejectionReason() { return rejectionReason; }
    public Instant sendingAt() { return sendingAt; }
    public Instant finishedAt() { return finishedAt; }
}
