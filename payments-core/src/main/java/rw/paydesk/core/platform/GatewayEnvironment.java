package rw.paydesk.core.platform;

import java.util.Locale;

/** Whether PayDesk moves real money (LIVE) or plays against a sandbox gateway (SANDBOX). */
public enum GatewayEnvironment {
    SANDBOX,
    LIVE;

    public static GatewayEnvironment parse(String value) {
        String v = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        try {
            return valueOf(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("paydesk.environment must be 'sandbox' or 'live', not '" + value + "'", e);
        }
    }
}
