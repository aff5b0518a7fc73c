package rw.paydesk.sandbox.rwandapay;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookSignatureTest {

    private static final String SECRET = "whsec_rwandapay_sandbox_local";
    private static final String BODY = "{\"event\":\"payment.successful\"}";

    @Test
    void hmacSha256OfTimestampDotBodyInHex() {
        // printf '%s' '1700000000.{"event":"payment.successful"}' | openssl dgst -sha256 -hmac whsec_rwandapay_sandbox_local
        assertEquals("t=1700000000,v1=c41d1b27663593c6b61d5866c168a31048604d468c40920a30599636c006baa4",
                WebhookSignature.header(SECRET, 1_700_000_000L, BODY));
    }

    @Test
    void aReceiverAcceptsOnlyTheUntouchedBodyWithTheRightSecretInTime() {
        String header = WebhookSignature.header(SECRET, 1_700_000_000L, BODY);
        assertTrue(WebhookSignature.verify(header, SECRET, BODY, 1_700_000_100L, 300));
        assertFalse(WebhookSignature.verify(header, SECRET, BODY.replace("successful", "failed"), 1_700_000_100L, 300));
        assertFalse(WebhookSignature.verify(header, "whsec_other", BODY, 1_700_000_100L, 300));
        assertFalse(WebhookSignature.verify(header, SECRET, BODY, 1_700_000_301L, 300), "too old");
        assertFalse(WebhookSignature.verify(header.replace("t=1700000000", "t=1700000001"), SECRET, BODY, 1_700_000_001L, 300));
        assertFalse(WebhookSignature.verify(null, SECRET, BODY, 1_700_000_000L, 300));
        assertFalse(WebhookSignature.verify("v1=abc", SECRET, BODY, 1_700_000_000L, 300));
    }
}
