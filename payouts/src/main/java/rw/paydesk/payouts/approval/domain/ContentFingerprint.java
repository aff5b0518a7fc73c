package rw.paydesk.payouts.approval.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of what an approver saw, in hex. An approval stores the fingerprint of the
 * content it approved; if the content changes in any way (an edit, or a row changed
 * behind the application's back), the fingerprints differ and the approval no longer counts.
 */
public final class ContentFingerprint {

    private ContentFingerprint() {
    }

    /**
     * The fingerprint of the parts, in order. Each part is length-prefixed, so no two
     * different contents can run together into the same text ("ab"+"c" vs "a"+"bc").
     */
    public static String of(Object... parts) {
        StringBuilder text = new StringBuilder();
        for (Object part : parts) {
            String s = part == null ? "\u0000" : part.toString();
            text.append(s.length()).append(':').append(s).append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
