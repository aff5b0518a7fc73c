package rw.paydesk.sandbox.rwandapay;

import java.util.Locale;
import java.util.Optional;

/** The two mobile-money networks Rwanda Pay collects from and pays out to. */
public enum Provider {
    MTN("MTN"),
    AIRTEL("Airtel");

    private final String wire;

    Provider(String wire) {
        this.wire = wire;
    }

    /** As the docs write it: "MTN", "Airtel". */
    public String wire() {
        return wire;
    }

    /** "mtn", "MTN", "airtel", "AIRTEL"… (the docs' own examples mix cases). */
    public static Optional<Provider> fromText(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String upper = text.trim().toUpperCase(Locale.ROOT);
        for (Provider p : values()) {
            if (p.name().equals(upper)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
