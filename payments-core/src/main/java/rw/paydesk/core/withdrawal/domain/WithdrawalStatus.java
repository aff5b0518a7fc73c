package rw.paydesk.core.withdrawal.domain;

import rw.paydesk.core.figures.Outcome;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a withdrawal stands. It only moves forward: UNKNOWN (sent, no answer we could read) →
 * PENDING (the gateway took it, the transfer is under way) → SUCCESSFUL or FAILED, which are final.
 */
public enum WithdrawalStatus {
    /** Sent (or about to be), with no answer we could read: only the gateway can tell. */
    UNKNOWN(0),
    /** The gateway took it; the money is on its way to the merchant's wallet. */
    PENDING(1),
    SUCCESSFUL(2),
    FAILED(2);

    private final int rank;

    WithdrawalStatus(int rank) {
        this.rank = rank;
    }

    public boolean isFinal() {
        return rank == 2;
    }

    public Outcome outcome() {
        return switch (this) {
            case SUCCESSFUL -> Outcome.DONE;
            case FAILED -> Outcome.FAILED;
            case UNKNOWN, PENDING -> Outcome.UNDER_WAY;
        };
    }

    /** Strictly forward only: a late or repeated word never moves a withdrawal back. */
    public boolean canMoveTo(WithdrawalStatus next) {
        return next.rank > rank;
    }

    /** The gateway's word for a state ({@code pending}, {@code successful}, {@code failed}…). */
    public static Optional<WithdrawalStatus> fromGateway(String status) {
        if (status == null) {
            return Optional.empty();
        }
        return switch (status.trim().toLowerCase(Locale.ROOT)) {
            case "pending", "processing", "new" -> Optional.of(PENDING);
            case "successful", "success", "completed" -> Optional.of(SUCCESSFUL);
            case "failed", "failure", "declined", "cancelled", "canceled", "reversed", "error" -> Optional.of(FAILED);
            default -> Optional.empty();
        };
    }
}
