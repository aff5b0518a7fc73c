package rw.paydesk.payouts.batch.domain;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where a payout batch stands. It only moves forward:
 *
 * <pre>
 * DRAFT ─▶ AWAITING_APPROVAL ─▶ APPROVED ─▶ SENDING ─▶ FINISHED
 *   │          ├─▶ REJECTED        ├─▶ CANCELLED
 *   │          ├─▶ CANCELLED       └─▶ EXPIRED
 *   └─▶ CANCELLED └─▶ EXPIRED
 * </pre>
 *
 * A DRAFT is a checked file the maker has not yet put forward; only a file without a single
 * bad row becomes a draft.
 */
public enum BatchStatus {
    /** Uploaded and checked without errors; the maker reviews the summary and submits it for approval. */
    DRAFT,
    /** Waiting for enough approvals; the maker may still cancel it. */
    AWAITING_APPROVAL,
    /** Approved by enough different people; its rows are about to be sent. */
    APPROVED,
    /** Rows are being sent, or their outcomes awaited. */
    SENDING,
    /** Every row has its final outcome (completed or failed). */
    FINISHED,
    /** An approver refused it, with a reason. */
    REJECTED,
    /** The maker withdrew it before anything was sent. */
    CANCELLED,
    /** Its approvals ran out before it was sent. */
    EXPIRED;

    public boolean canMoveTo(BatchStatus next) {
        return successors().contains(next);
    }

    private Set<BatchStatus> successors() {
        return switch (this) {
            case DRAFT -> EnumSet.of(AWAITING_APPROVAL, CANCELLED);
            case AWAITING_APPROVAL -> EnumSet.of(APPROVED, REJECTED, CANCELLED, EXPIRED);
            case APPROVED -> EnumSet.of(SENDING, CANCELLED, EXPIRED);
            case SENDING -> EnumSet.of(FINISHED);
            case FINISHED, REJECTED, CANCELLED, EXPIRED -> EnumSet.noneOf(BatchStatus.class);
        };
    }

    public boolean isFinal() {
        return successors().isEmpty();
    }

    /** Before any row has been sent: a person may still withdraw the batch. */
    public boolean isBeforeSending() {
        return this == DRAFT || this == AWAITING_APPROVAL || this == APPROVED;
    }

    /** Nothing was or will be paid from it. */
    public boolean isDead() {
        return this == REJECTED || this == CANCELLED || this == EXPIRED;
    }

    /** For people: "awaiting approval". */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
