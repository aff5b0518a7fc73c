package rw.paydesk.core.webhook.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The shared secrets a webhook may present: the current one and, while it is being rotated,
 * the previous one. Both are compared as SHA-256 digests with {@link MessageDigest#isEqual},
 * so the time taken tells an attacker neither how many leading characters were right nor how
 * long the secret is, and both are always compared, so it does not tell which one matched.
 */
public final class WebhookSecrets {

    private final byte[] current;
    private final byte[] previous;

    /**
     * @param current  the secret in force; empty means none is configured and every webhook is refused
     * @param previous the secret being retired, accepted too; empty when no rotation is under way
     */
    public WebhookSecrets(String current, String previous) {
        this.current = isBlank(current) ? null : digest(current);
        this.previous = isBlank(previous) ? null : digest(previous);
    }

    /** Whether any secret is configured at all. */
    public boolean configured() {
        return current != null;
    }

    /** Whether the presented header value is the current or the previous secret. */
    public boolean accepts(String presented) {
        if (current == null || isBlank(presented)) {
            return false;
        }
        byte[] candidate = digest(presented);
        boolean matchesCurrent = MessageDigest.isEqual(candidate, current);
        boolean matchesPrevious = previous != null && MessageDigest.isEqual(candidate, previous);
        return matchesCurrent | matchesPrevious;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static byte[] digest(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
