package rw.paydesk.sandbox.api;

import java.security.SecureRandom;

/** Random identifiers of the shapes the gateway hands out (chg_…, trf_…, link tokens). */
public final class RandomIds {

    public static final String UPPER_ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    public static final String LOWER_ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyz0123456789";
    public static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomIds() {
    }

    public static String random(String alphabet, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    /** A number from 0 (inclusive) to bound (exclusive). */
    public static int number(int bound) {
        return RANDOM.nextInt(bound);
    }
}
