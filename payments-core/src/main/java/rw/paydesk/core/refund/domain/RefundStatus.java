package rw.paydesk.core.refund.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a refund stands. UNKNOWN (sent, or about to be, with no answer read) → SUCCESSFUL or
 * FAILED, which are final. An UNKNOWN refund counts as refunded when PayDesk works out what
 * may still be refunded, so a lost answer can never lead to refunding twice.
 */
public enum RefundStatus {
    UNKNOWN,
    SUCCESSFUL,
    FAILED;

    public boolean isFinal() {
        return this != UNKNOWN;
    }

    /** The gateway's word ({@code successful}, {@code failed}…); pending words leave it UNKNOWN. */
    public static Optional<RefundStatus> fromGateway(String word) {
        if (word == null) {
            return Optional.empty();
        }
        return switch (word.trim().toLowerCase(Locale.ROOT)) {
            case "successful", "success", "completed", "refunded" -> Optional.of(SUCCESSFUL);
            case "failed", "declined", "rejected", "error" -> Optional.of(FAILED);
            default -> Optional.empty();
        };
    }
}
