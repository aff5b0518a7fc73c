package rw.paydesk.core.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import rw.paydesk.core.platform.PaydeskSettings;

import java.util.Map;

/**
 * PBKDF2-HMAC-SHA256 with a 32-byte salt, at the iteration count OWASP recommends for it
 * (600,000, configurable upward). A stored hash carries its own parameters, so raising the
 * count later leaves existing passwords working.
 */
@ApplicationScoped
public class PasswordHashing {

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    PaydeskSettings settings;

    /** A hash of a password nobody has, so that an unknown user costs as much time as a known one. */
    private String decoy;

    @PostConstruct
    void init() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(Math.max(600_000, settings.pbkdf2Iterations())),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = hash.generate(java.util.UUID.randomUUID().toString().toCharArray());
    }

    public String hash(char[] password) {
        return hash.generate(password);
    }

    public boolean verify(char[] password, String storedHash) {
        return storedHash != null && hash.verify(password, storedHash);
    }

    /** Spends the time of one verification without a user, against timing attacks on user names. */
    public void verifyDecoy(char[] password) {
        hash.verify(password, decoy);
    }
}
