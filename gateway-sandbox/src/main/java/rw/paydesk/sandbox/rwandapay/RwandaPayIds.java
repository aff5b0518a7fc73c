package rw.paydesk.sandbox.rwandapay;

import rw.paydesk.sandbox.api.RandomIds;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Identifiers of the shapes Rwanda Pay hands out: PAY-20241215-ABC123, CHK-ABC123DEF456… */
public final class RwandaPayIds {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

    private RwandaPayIds() {
    }

    public static String payment(Instant at) {
        return dated("PAY", at);
    }

    public static String refund(Instant at) {
        return dated("RFD", at);
    }

    public static String withdrawal(Instant at) {
        return dated("WDR", at);
    }

    public static String checkoutSession() {
        return "CHK-" + RandomIds.random(RandomIds.UPPER_ALPHANUMERIC, 12);
    }

    public static String event() {
        return "evt_" + RandomIds.random(RandomIds.LOWER_ALPHANUMERIC, 24);
    }

    private static String dated(String prefix, Instant at) {
        return prefix + "-" + DAY.format(at) + "-" + RandomIds.random(RandomIds.UPPER_ALPHANUMERIC, 6);
    }
}
