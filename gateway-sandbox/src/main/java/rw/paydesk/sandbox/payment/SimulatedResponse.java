package rw.paydesk.sandbox.payment;

import java.util.Optional;

/** The documented simulation responses, and what each one means for the customer and the issuer. */
public enum SimulatedResponse {
    APPROVED("approved", "00", null),
    INSUFFICIENT_FUNDS("insufficient_funds", "51", "Insufficient funds"),
    INCORRECT_PIN("incorrect_pin", "55", "Incorrect PIN"),
    EXPIRED_CARD("expired_card", "54", "Expired card"),
    BLOCKED_FIRST_USE("blocked_first_use", "57", "Card blocked on first use"),
    EXCEEDS_WITHDRAWAL_LIMIT("exceeds_withdrawal_limit", "61", "Exceeds withdrawal limit");

    private final String wire;
    private final String processorCode;
    private final String reason;

    SimulatedResponse(String wire, String processorCode, String reason) {
        this.wire = wire;
        this.processorCode = processorCode;
        this.reason = reason;
    }

    public static Optional<SimulatedResponse> fromWire(String value) {
        for (SimulatedResponse r : values()) {
            if (r.wire.equals(value)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    public String wire() {
        return wire;
    }

    public String processorCode() {
        return processorCode;
    }

    /** Why the payment failed, or null when approved. */
    public String reason() {
        return reason;
    }

    public boolean approved() {
        return this == APPROVED;
    }

    public static String allowed() {
        StringBuilder list = new StringBuilder();
        for (SimulatedResponse r : values()) {
            list.append(list.length() == 0 ? "" : ", ").append(r.wire);
        }
        return list.toString();
    }
}
