package rw.paydesk.core.webhook.domain;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Checks a signed webhook (Rwanda Pay): the header {@code t=<unix seconds>,v1=<hex>} carries
 * HMAC-SHA256 of {@code "<t>.<raw body>"} under the webhook secret. The current secret and,
 * while it is being rotated, the previous one are both tried, always both, and compared in
 * constant time. A signature older or newer than the tolerance is refused, so a captured
 * delivery cannot be replayed later.
 */
public final class WebhookSignature {

    private final List<byte[]> secrets = new ArrayList<>();
    private final Duration tolerance;

    /**
     * @param current   the secret in force; empty means none is configured and every webhook is refused
     * @param previous  the secret being retired, accepted too; empty when no rotation is under way
     * @param tolerance how far the signature's time may be from now
     */
    public WebhookSignature(String current, String previous, Duration tolerance) {
        if (current != null && !current.isBlank()) {
            secrets.add(current.trim().getBytes(StandardCharsets.UTF_8));
            if (previous != null && !previous.isBlank()) {
                secrets.add(previous.trim().getBytes(StandardCharsets.UTF_8));
            }
        }
        this.tolerance = tolerance;
    }

    public boolean configured() {
        return !secrets.isEmpty();
    }

    /** Why the delivery is refused, or null when its signature is good. */
    public String refusal(String header, byte[] body, Instant now) {
        if (secrets.isEmpty()) {
            return "no webhook secret is configured";
        }
        if (header == null || header.isBlank()) {
            return "missing signature";
        }
        Long time = null;
        byte[] presented = null;
        for (String part : header.split(",")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length != 2) {
                continue;
            }
            try {
                if (pair[0].equals("t")) {
                    time = Long.parseLong(pair[1].trim());
                } else if (pair[0].equals("v1")) {
                    presented = HexFormat.of().parseHex(pair[1].trim());
                }
            } catch (IllegalArgumentException unreadable) {
                return "unreadable signature";
            }
        }
        if (time == null || presented == null) {
            return "unreadable signature";
        }
        if (Duration.between(Instant.ofEpochSecond(time), now).abs().compareTo(tolerance) > 0) {
            return "signature time outside " + tolerance.toSeconds() + " s";
        }
        boolean matched = false;
        for (byte[] secret : secrets) {
            matched |= MessageDigest.isEqual(presented, sign(secret, time, body));
        }
        return matched ? null : "wrong signature";
    }

    /** The header value a sender with {@code secret} would send at {@code time}; for tests and tools. */
    public static String header(String secret, long time, byte[] body) {
        return "t=" + time + ",v1=" + HexFormat.of().formatHex(sign(secret.getBytes(StandardCharsets.UTF_8), time, body));
    }

    private static byte[] sign(byte[] secret, long time, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((time + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body == null ? new byte[0] : body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
