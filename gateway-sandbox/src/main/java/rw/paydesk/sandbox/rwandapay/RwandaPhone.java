package rw.paydesk.sandbox.rwandapay;

/**
 * A Rwandan mobile number in the national form {@code 07XXXXXXXX} and the network its prefix
 * belongs to (078/079 MTN, 072/073 Airtel). Accepts {@code 07…}, {@code 2507…} and {@code +2507…},
 * with spaces or hyphens between the digits as people type them.
 */
public record RwandaPhone(String national, Provider provider) {

    public RwandaPhone {
        if (national == null || !national.matches("07[0-9]{8}")) {
            throw new IllegalArgumentException("must be a Rwandan mobile number: 07XXXXXXXX, 2507XXXXXXXX or +2507XXXXXXXX");
        }
        if (provider == null) {
            throw new IllegalArgumentException("must be an MTN (078, 079) or Airtel (072, 073) number");
        }
    }

    /** Parses and normalises; the message of the exception is the field's validation message. */
    public static RwandaPhone parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("is required");
        }
        String digits = text.strip().replaceAll("[\\s-]", "");
        if (digits.startsWith("+250")) {
            digits = "0" + digits.substring(4);
        } else if (digits.startsWith("250") && digits.length() == 12) {
            digits = "0" + digits.substring(3);
        }
        if (!digits.matches("07[0-9]{8}")) {
            throw new IllegalArgumentException("must be a Rwandan mobile number: 07XXXXXXXX, 2507XXXXXXXX or +2507XXXXXXXX");
        }
        return new RwandaPhone(digits, providerOf(digits));
    }

    private static Provider providerOf(String national) {
        return switch (national.substring(0, 3)) {
            case "078", "079" -> Provider.MTN;
            case "072", "073" -> Provider.AIRTEL;
            default -> null;
        };
    }

    @Override
    public String toString() {
        return national;
    }
}
