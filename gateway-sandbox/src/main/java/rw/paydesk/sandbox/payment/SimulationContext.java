package rw.paydesk.sandbox.payment;

import java.util.Optional;

/** The documented simulation contexts of a collection. */
public enum SimulationContext {
    AUTH_PIN("auth_pin"),
    AUTH_PIN_3DS("auth_pin_3ds"),
    AUTH_3DS("auth_3ds"),
    AUTH_AVS("auth_avs");

    private final String wire;

    SimulationContext(String wire) {
        this.wire = wire;
    }

    public static Optional<SimulationContext> fromWire(String value) {
        for (SimulationContext c : values()) {
            if (c.wire.equals(value)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public String wire() {
        return wire;
    }

    public static String allowed() {
        return "auth_pin, auth_pin_3ds, auth_3ds, auth_avs";
    }
}
