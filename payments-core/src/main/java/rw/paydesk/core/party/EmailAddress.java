package rw.paydesk.core.party;

import java.util.regex.Pattern;

/** An email address as a person types it: trimmed, checked for the shape name@domain.tld. */
public record EmailAddress(String value) {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public EmailAddress {
        value = value == null ? "" : value.trim();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("Enter an email address.");
        }
        if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not an email address.");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
