package rw.paydesk.core.party;

import java.util.regex.Pattern;

/**
 * A customer's name as the gateway accepts it: 2 to 50 characters, letters, spaces,
 * commas, periods, apostrophes and hyphens.
 */
public record CustomerName(String value) {

    private static final Pattern ALLOWED = Pattern.compile("[\\p{L} ,.'-]{2,50}");

    public CustomerName {
        value = value == null ? "" : value.trim().replaceAll("\\s+", " ");
        if (value.length() < 2 || value.length() > 50) {
            throw new IllegalArgumentException("The customer's name needs 2 to 50 characters.");
        }
        if (!ALLOWED.matcher(value).matches()) {
            throw new IllegalArgumentException("The customer's name may hold letters, spaces and , . ' - only.");
        }
    }
}
