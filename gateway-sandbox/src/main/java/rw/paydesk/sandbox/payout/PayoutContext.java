package rw.paydesk.sandbox.payout;

import java.util.Optional;

/** The documented payout simulation contexts. */
public enum PayoutContext {
    SUCCESSFUL("successful"),
    INSUFFICIENT_BALANCE("insufficient_balance"),
    BLOCKED_BANK("blocked_bank"),
    AMOUNT_BELOW_LIMIT_ERROR("amount_below_limit_error"),
    AMOUNT_EXCEED_LIMIT_ERROR("amount_exceed_limit_error"),
    DUPLICATE_REFERENCE("duplicate_reference");

    private final String wire;

    PayoutContext(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<PayoutContext> fromWire(String value) {
        for (PayoutContext c : values()) {
            if (c.wire.equals(value)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public static String allowed() {
        return "successful, insufficient_balance, blocked_bank, amount_below_limit_error, "
                + "amount_exceed_limit_error, duplicate_reference";
    }
}
