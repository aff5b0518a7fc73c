package rw.paydesk.core.webhook;

import org.junit.jupiter.api.Test;
import rw.paydesk.core.webhook.domain.WebhookSignature;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class WebhookSignatureTest {

    private static final byte[] BODY = "{\"event\":\"payment.successful\",\"data\":{\"reference\":\"PAY-1\"}}"
            .getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private final WebhookSignature check = new WebhookSignature("whsec_new", "whsec_old", Duration.ofMinutes(5));

    @Test
    void the_current_and_the_previous_secret_are_both_accepted_while_rotating() {
        assertNull(check.refusal(WebhookSignature.header("whsec_new", NOW.getEpochSecond(), BODY), BODY, NOW));
        assertNull(check.refusal(WebhookSignature.header("whsec_old", NOW.getEpochSecond(), BODY), BODY, NOW));
        assertEquals("wrong signature",
                check.refusal(WebhookSignature.header("whsec_other", NOW.getEpochSecond(), BODY), BODY, NOW));
    }

    @Test
    void after_the_rotation_the_old_secret_is_refused() {
        WebhookSignature rotated = new WebhookSignature("whsec_new", "", Duration.ofMinutes(5));
        assertEquals("wrong signature",
                rotated.refusal(WebhookSignature.header("whsec_old", NOW.getEpochSecond(), BODY), BODY, NOW));
    }

    @Test
    void a_changed_body_or_an_old_signature_is_refused() {
        String header = WebhookSignature.header("whsec_new", NOW.getEpochSecond(), BODY);
        byte[] changed = new String(BODY, StandardCharsets.UTF_8).replace("PAY-1", "PAY-2").getBytes(StandardCharsets.UTF_8);
        assertEquals("wrong signature", check.refusal(header, changed, NOW));
        assertEquals("signature time outside 300 s", check.refusal(header, BODY, NOW.plusSeconds(301)));
    }

    @Test
    void missing_or_unreadable_signatures_and_a_missing_secret_are_refused() {
        assertEquals("missing signature", check.refusal(null, BODY, NOW));
        assertEquals("unreadable signature", check.refusal("v1=zz,t=1", BODY, NOW));
        assertEquals("unreadable signature", check.refusal("sha256=abc", BODY, NOW));
        WebhookSignature none = new WebhookSignature("", "whsec_old", Duration.ofMinutes(5));
        assertFalse(none.configured());
        assertEquals("no webhook secret is configured",
                none.refusal(WebhookSignature.header("whsec_old", NOW.getEpochSecond(), BODY), BODY, NOW));
    }
}
