package rw.paydesk.core.ledger.domain;

import java.util.Locale;
import java.util.Optional;

/** Which way the money went. */
public enum Direction {
    /** Money taken from a customer. */
    COLLECTION,
    /** Money sent to a payee. */
    PAYOUT;

    /** The gateway's word: {@code collection}, or {@code disbursement}/{@code payout}. */
    public static Optional<Direction> fromGateway(String word) {
        if (word == null) {
            return Optional.empty();
        }
        return switch (word.trim().toLowerCase(Locale.ROOT)) {
            case "collection", "payin", "pay_in", "incoming" -> Optional.of(COLLECTION);
            case "payout", "disbursement", "transfer", "outgoing" -> Optional.of(PAYOUT);
            default -> Optional.empty();
        };
    }

    public String label() {
        return this == COLLECTION ? "Collection" : "Payout";
    }
}
