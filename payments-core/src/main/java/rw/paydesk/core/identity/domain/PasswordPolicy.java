package rw.paydesk.core.identity.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * What a new password must satisfy. Length is what protects a password (NIST SP 800-63B),
 * so the rule is a minimum length and no composition rules.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** Why {@code password} may not be used by {@code username}, or empty if it may. */
    public static Optional<String> violation(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("The password must have at least " + MIN_LENGTH + " characters.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("The password may have at most " + MAX_LENGTH + " characters.");
        }
        if (password.isBlank()) {
            return Optional.of("The password may not be only spaces.");
        }
        if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("The password may not contain the user name.");
        }
        return Optional.empty();
    }

    public static void check(String username, String password) {
        violation(username, password).ifPresent(message -> {
            throw new IdentityException(message);
        });
    }
}
