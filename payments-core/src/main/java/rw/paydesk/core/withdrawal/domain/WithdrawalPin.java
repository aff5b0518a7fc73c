package rw.paydesk.core.withdrawal.domain;

import java.util.Arrays;

/**
 * The rules of the merchant's withdrawal PIN. The PIN is a {@code char[]} that lives for one
 * request: it is checked here, sent to the gateway in one call and zeroed. Nothing here puts it
 * into a {@code String}, a message or a log; the messages say what is wrong without it.
 */
public final class WithdrawalPin {

    private WithdrawalPin() {
    }

    /** Checks that a PIN was entered and has 4 to 6 digits; the message never contains it. */
    public static void check(char[] pin) {
        if (pin == null || pin.length == 0) {
            throw new IllegalArgumentException("Enter the withdrawal PIN.");
        }
        if (pin.length < 4 || pin.length > 6) {
            throw new IllegalArgumentException("The withdrawal PIN has 4 to 6 digits.");
        }
        for (char c : pin) {
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("The withdrawal PIN has digits only.");
            }
        }
    }

    /** Overwrites the PIN, so it does not wait in memory for the garbage collector. */
    public static void zero(char[] pin) {
        if (pin != null) {
            Arrays.fill(pin, '\0');
        }
    }

    /**
     * Removes the PIN from a text that came from outside (a gateway's message), in case the gateway
     * echoes it: every run of digits equal to the PIN becomes {@code ****}; other numbers stay.
     */
    public static String scrub(String text, char[] pin) {
        if (text == null || pin == null || pin.length == 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (!Character.isDigit(text.charAt(i))) {
                out.append(text.charAt(i++));
                continue;
            }
            int end = i;
            while (end < text.length() && Character.isDigit(text.charAt(end))) {
                end++;
            }
            out.append(sameDigits(text, i, end, pin) ? "****" : text.substring(i, end));
            i = end;
        }
        return out.toString();
    }

    private static boolean sameDigits(String text, int from, int to, char[] pin) {
        if (to - from != pin.length) {
            return false;
        }
        for (int k = 0; k < pin.length; k++) {
            if (text.charAt(from + k) != pin[k]) {
                return false;
            }
        }
        return true;
    }
}
