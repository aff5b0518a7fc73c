package rw.paydesk.payouts.request.domain;

import rw.paydesk.core.figures.Outcome;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where a payout stands. It only moves forward, along these arrows:
 *
 * <pre>
 * AWAITING_APPROVAL ─▶ APPROVED ─▶ SUBMITTING ─▶ SUBMITTED ─▶ COMPLETED | FAILED
 *   │                    │             │  ╲            ▲
 *   │                    │             │   ▶ UNKNOWN ──┘ (and ─▶ COMPLETED | FAILED)
 *   │                    │             └─▶ COMPLETED | FAILED (the call's own answer)
 *   ├─▶ REJECTED          ├─▶ CANCELLED
 *   ├─▶ CANCELLED         └─▶ EXPIRED
 *   └─▶ EXPIRED
 * </pre>
 *
 * There is no draft: a payout is created from a complete form and waits for approval
 * from the start; the maker may still edit it then, which voids earlier approvals.
 */
public enum PayoutStatus {
    /** Made, waiting for enough approvals; the maker may still edit or cancel it. */
    AWAITING_APPROVAL,
    /** Approved by enough different people; not yet sent. The maker may still cancel it. */
    APPROVED,
    /** About to be sent, or being sent, with its stored reference. */
    SUBMITTING,
    /** The gateway accepted it ({@code NEW}); waiting for the transfer's outcome. */
    SUBMITTED,
    /** The call timed out or the gateway failed (5xx): only a status query settles it, never a resend. */
    UNKNOWN,
    COMPLETED,
    FAILED,
    /** An approver refused it, with a reason. */
    REJECTED,
    /** The maker withdrew it before submission. */
    CANCELLED,
    /** Its approvals ran out before it was sent. */
    EXPIRED;

    /** Whether a payout in this state may move to {@code next}. */
    public boolean canMoveTo(PayoutStatus next) {
        return successors().contains(next);
    }

    private Set<PayoutStatus> successors() {
        return switch (this) {
            case AWAITING_APPROVAL -> EnumSet.of(APPROVED, REJECTED, CANCELLED, EXPIRED);
            case APPROVED -> EnumSet.of(SUBMITTING, CANCELLED, EXPIRED);
            case SUBMITTING -> EnumSet.of(SUBMITTED, UNKNOWN, COMPLETED, FAILED);
            case UNKNOWN -> EnumSet.of(SUBMITTED, COMPLETED, FAILED);
            case SUBMITTED -> EnumSet.of(COMPLETED, FAILED);
            case COMPLETED, FAILED, REJECTED, CANCELLED, EXPIRED -> EnumSet.noneOf(PayoutStatus.class);
        };
    }

    public boolean isFinal() {
        return successors().isEmpty();
    }

    /** Before the gateway has been asked: the only states a person may still change. */
    public boolean isBeforeSubmission() {
        return this == AWAITING_APPROVAL || this == APPROVED;
    }

    /**
     * What the gateway's word for a payout (acknowledgement, webhook, status query) means here:
     * {@code NEW}/{@code pending}/{@code processing} SUBMITTED, {@code success}/{@code successful}/
     * {@code completed} COMPLETED, {@code failed}/{@code reversed}/{@code cancelled} FAILED.
     */
    public static java.util.Optional<PayoutStatus> fromGateway(String word) {
        if (word == null) {
            return java.util.Optional.empty();
        }
        return switch (word.trim().toLowerCase(Locale.ROOT)) {
            case "new", "pending", "processing", "queued", "submitted" -> java.util.Optional.of(SUBMITTED);
            case "success", "successful", "completed", "paid" -> java.util.Optional.of(COMPLETED);
            case "failed", "reversed", "cancelled", "canceled", "rejected" -> java.util.Optional.of(FAILED);
            default -> java.util.Optional.empty();
        };
    }

    /**
     * For the dashboard's counts of money sent: completed is paid, failed is failed, the
     * states between the call and its outcome are under way; empty before the payout is sent
     * and after it was stopped (rejected, cancelled, expired).
     */
    public java.util.Optional<Outcome> outcome() {
        return switch (this) {
            case SUBMITTING, SUBMITTED, UNKNOWN -> java.util.Optional.of(Outcome.UNDER_WAY);
            case COMPLETED -> java.util.Optional.of(Outcome.DONE);
            case FAILED -> java.util.Optional.of(Outcome.FAILED);
            case AWAITING_APPROVAL, APPROVED, REJECTED, CANCELLED, EXPIRED -> java.util.Optional.empty();
        };
    }

    /** For people: "awaiting approval". */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
