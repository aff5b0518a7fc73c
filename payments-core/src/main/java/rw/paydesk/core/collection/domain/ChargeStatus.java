package rw.paydesk.core.collection.domain;

import rw.paydesk.core.figures.Outcome;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a charge stands. It only moves forward: UNKNOWN (asked, no answer yet) → PENDING
 * (the customer must act) → SUCCESSFUL or FAILED, which are final.
 */
public enum ChargeStatus {
    /** Sent (or about to be), with no answer we could read: only the gateway can tell. */
    UNKNOWN(0),
    /** The gateway accepted it; the customer has not finished. */
    PENDING(1),
    SUCCESSFUL(2),
    FAILED(2);

    private final int rank;

    ChargeStatus(int rank) {
        this.rank = rank;
    }

    public boolean isFinal() {
        return rank == 2;
    }

    /** For the dashboard's counts: successful is collected, failed is failed, the rest is under way. */
    public Outcome outcome() {
        return switch (this) {
            case SUCCESSFUL -> Outcome.DONE;
            case FAILED -> Outcome.FAILED;
            case UNKNOWN, PENDING -> Outcome.UNDER_WAY;
        };
    }

    /** Whether a charge in this state may move to {@code next}: strictly forward only. */
    public boolean canMoveTo(ChargeStatus next) {
        return next.rank > rank;
    }

    /** The gateway's word for a state ("pending", "successful", "success", "failed"...). */
    public static Optional<ChargeStatus> fromGateway(String status) {
        if (status == null) {
            return Optional.empty();
        }
        return switch (status.trim().toLowerCase(Locale.ROOT)) {
            case "pending", "processing", "new" -> Optional.of(PENDING);
            case "successful", "success", "completed", "paid" -> Optional.of(SUCCESSFUL);
            // a refunded payment was collected first; its refunds are records of their own
            case "refunded", "partially_refunded" -> Optional.of(SUCCESSFUL);
            case "failed", "failure", "declined", "cancelled", "canceled", "expired", "error" -> Optional.of(FAILED);
            default -> Optional.empty();
        };
    }
}
