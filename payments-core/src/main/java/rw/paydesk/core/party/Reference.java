package rw.paydesk.core.party;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Our reference of a money movement: 6 to 50 letters and digits, as the gateway requires.
 * It is generated and stored before the gateway is called, so that a retry or a
 * reconciliation can always find the movement and never create a second one.
 */
public record Reference(String value) {

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9]{6,50}");
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    public Reference {
        value = value == null ? "" : value.trim();
        if (!ALLOWED.matcher(value).matches()) {
            throw new IllegalArgumentException("A reference has 6 to 50 letters and digits only.");
        }
    }

    /** A new reference: the prefix (e.g. "PDM" for mobile money) and 12 random characters. */
    public static Reference generate(String prefix) {
        StringBuilder s = new StringBuilder(prefix);
        for (int i = 0; i < 12; i++) {
            s.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return new Reference(s.toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
