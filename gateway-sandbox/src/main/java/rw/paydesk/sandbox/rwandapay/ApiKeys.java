package rw.paydesk.sandbox.rwandapay;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * {@code Authorization: Bearer <secret key>}. Only the configured test secret key is accepted;
 * the public key (meant for browsers) and every live key are refused.
 */
@ApplicationScoped
public class ApiKeys {

    @Inject
    RwandaPaySettings settings;

    /** Who is calling, or why not. */
    public record Verdict(Optional<String> owner, String problem) {
    }

    public Verdict check(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                || authorization.substring(7).isBlank()) {
            return refused("missing API key: send Authorization: Bearer YOUR_SECRET_KEY");
        }
        String key = authorization.substring(7).trim();
        if (key.startsWith("pk_")) {
            return refused("a public key cannot call the API; use your secret key");
        }
        if (key.startsWith("sk_live_")) {
            return refused("live keys are not accepted by the sandbox; use your test secret key");
        }
        if (!MessageDigest.isEqual(key.getBytes(StandardCharsets.UTF_8), settings.secretKey().getBytes(StandardCharsets.UTF_8))) {
            return refused("invalid API key");
        }
        return new Verdict(Optional.of(owner(key)), null);
    }

    /** The name idempotency keys and the rate limit are kept under: a hash, never the key itself. */
    static String owner(String key) {
        return "sk:" + RequestFingerprint.sha256(key).substring(0, 32);
    }

    private static Verdict refused(String problem) {
        return new Verdict(Optional.empty(), problem);
    }
}
