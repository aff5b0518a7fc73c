package rw.paydesk.payouts.batch.domain;

import rw.paydesk.core.figures.Outcome;
import rw.paydesk.payouts.request.domain.PayoutStatus;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where one row of a batch stands. Forward only:
 *
 * <pre>
 * PENDING ─▶ SENDING ─▶ SUBMITTED ─▶ COMPLETED | FAILED
 *    │          │  ╲          ▲
 *    │          │   ▶ UNKNOWN ┘ (also ─▶ COMPLETED | FAILED)
 *    │          └─▶ COMPLETED | FAILED (the call's own answer)
 *    └─▶ CANCELLED (the batch was rejected, cancelled or expired)
 * </pre>
 *
 * SENDING is committed, with the row's reference, before the gateway is called. UNKNOWN (a
 * time-out or 5xx) is settled by a status query or a webhook only and is never sent again.
 */
public enum BatchRowStatus {
    PENDING,
    SENDING,
    SUBMITTED,
    UNKNOWN,
    COMPLETED,
    FAILED,
    CANCELLED;

    public boolean canMoveTo(BatchRowStatus next) {
        return successors().contains(next);
    }

    private Set<BatchRowStatus> successors() {
        return switch (this) {
            case PENDING -> EnumSet.of(SENDING, CANCELLED);
            case SENDING -> EnumSet.of(SUBMITTED, UNKNOWN, COMPLETED, FAILED);
            case UNKNOWN -> EnumSet.of(SUBMITTED, COMPLETED, FAILED);
            case SUBMITTED -> EnumSet.of(COMPLETED, FAILED);
            case COMPLETED, FAILED, CANCELLED -> EnumSet.noneOf(BatchRowStatus.class);
        };
    }

    public boolean isFinal() {
        return successors().isEmpty();
    }

    /** Handed to the gateway (whatever came of it). */
    public boolean isSent() {
        return this == SUBMITTED || this == UNKNOWN || this == COMPLETED || this == FAILED;
    }

    /** For the dashboard's counts of money sent, as for single payouts; empty for rows never sent. */
    public Optional<Outcome> outcome() {
        return switch (this) {
            case SENDING, SUBMITTED, UNKNOWN -> Optional.of(Outcome.UNDER_WAY);
            case COMPLETED -> Optional.of(Outcome.DONE);
            case FAILED -> Optional.of(Outcome.FAILED);
            case PENDING, CANCELLED -> Optional.empty();
        };
    }

    /** What the gateway's word (acknowledgement, webhook, status query) means for a row. */
    public static Optional<BatchRowStatus> fromGateway(String word) {
        return PayoutStatus.fromGateway(word).map(s -> switch (s) {
            case COMPLETED -> COMPLETED;
            case FAILED -> FAILED;
            default -> SUBMITTED;
        });
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
