package rw.paydesk.sandbox.rwandapay;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * {@code X-RwandaPay-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">}. The
 * timestamp is signed with the body, so a receiver can refuse an old signature replayed later.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-RwandaPay-Signature";

    private WebhookSignature() {
    }

    public static String header(String secret, long unixSeconds, String rawBody) {
        return "t=" + unixSeconds + ",v1=" + hmac(secret, unixSeconds + "." + rawBody);
    }

    /**
     * What a receiver does: the header's v1 must be the HMAC of its t and the body, and t no
     * further than {@code toleranceSeconds} from {@code nowSeconds}.
     */
    public static boolean verify(String header, String secret, String rawBody, long nowSeconds, long toleranceSeconds) {
        if (header == null) {
            return false;
        }
        Long t = null;
        String v1 = null;
        for (String part : header.split(",")) {
            String[] kv = part.trim().split("=", 2);
            if (kv.length == 2 && kv[0].equals("t") && kv[1].matches("[0-9]{1,12}")) {
                t = Long.parseLong(kv[1]);
            } else if (kv.length == 2 && kv[0].equals("v1")) {
                v1 = kv[1];
            }
        }
        if (t == null || v1 == null || Math.abs(nowSeconds - t) > toleranceSeconds) {
            return false;
        }
        return MessageDigest.isEqual(hmac(secret, t + "." + rawBody).getBytes(StandardCharsets.US_ASCII),
                v1.getBytes(StandardCharsets.US_ASCII));
    }

    static String hmac(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
