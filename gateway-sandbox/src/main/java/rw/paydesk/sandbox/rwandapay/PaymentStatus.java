package rw.paydesk.sandbox.rwandapay;

import java.util.Locale;

/** A payment's status as the API writes it. Only pending changes to successful or failed. */
public enum PaymentStatus {
    PENDING,
    SUCCESSFUL,
    FAILED,
    REFUNDED,
    PARTIALLY_REFUNDED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PaymentStatus fromWire(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }

    /** Money was collected: what a refund needs. */
    public boolean refundable() {
        return this == SUCCESSFUL || this == PARTIALLY_REFUNDED;
    }
}
