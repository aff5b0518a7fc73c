package rw.paydesk.core.ledger.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a movement stands, in one vocabulary for collections and payouts. Ordered: a status
 * only gives way to a later one, and the two final ones never to anything.
 */
public enum LedgerStatus {
    /** Sent, with no answer anyone could read: only the gateway can tell. */
    UNKNOWN,
    /** Under way: waiting for the customer, the provider or the bank. */
    PENDING,
    SUCCESSFUL,
    FAILED;

    /** The gateway's words for a final state (see {@link #fromGateway}), as it writes them in small letters. */
    public static final java.util.List<String> FINAL_WORDS = java.util.List.of("successful", "success", "completed",
            "paid", "refunded", "partially_refunded", "failed", "declined", "cancelled", "expired", "error");

    public boolean isFinal() {
        return this == SUCCESSFUL || this == FAILED;
    }

    /** True if a movement in this status may be shown as {@code next} instead. */
    public boolean mayGiveWayTo(LedgerStatus next) {
        return !isFinal() && next.ordinal() > ordinal() && next != this;
    }

    /**
     * The gateway's words (collections say {@code successful}, payouts {@code success}, the
     * payout acknowledgement {@code NEW}). Unknown words give nothing.
     */
    public static Optional<LedgerStatus> fromGateway(String word) {
        if (word == null) {
            return Optional.empty();
        }
        return switch (word.trim().toLowerCase(Locale.ROOT)) {
            case "pending", "processing", "new", "submitted", "sending", "submitting" -> Optional.of(PENDING);
            case "successful", "success", "completed", "paid" -> Optional.of(SUCCESSFUL);
            // a collection refunded afterwards was collected: its refunds are movements of their own
            case "refunded", "partially_refunded" -> Optional.of(SUCCESSFUL);
            case "failed", "declined", "cancelled", "expired", "error" -> Optional.of(FAILED);
            case "unknown" -> Optional.of(UNKNOWN);
            default -> Optional.empty();
        };
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
