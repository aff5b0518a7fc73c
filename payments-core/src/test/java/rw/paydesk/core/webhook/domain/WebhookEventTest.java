package rw.paydesk.core.webhook.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookEventTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    @Test
    void a_json_object_is_received_with_what_it_is_about() {
        WebhookEvent w = received("""
                {"event":"transaction.completed","status":"SUCCESS","reference":"PAY123456",
                 "transaction_id":"trf_yMZATJ11yVPNkZ","direction":"disbursement"}""");
        assertEquals(ProcessingStatus.RECEIVED, w.status());
        assertEquals("transaction.completed", w.event());
        assertEquals("success", w.gatewayStatus(), "statuses are kept lower-cased");
        assertEquals("PAY123456", w.reference());
        assertEquals("trf_yMZATJ11yVPNkZ", w.transactionId());
        assertEquals(DedupeKey.LENGTH, w.dedupeKey().length());
        assertNull(w.processedAt());
    }

    @Test
    void anything_but_a_json_object_is_malformed_and_kept_as_sent() {
        for (String body : List.of("not json at all", "[1,2,3]", "\"a string\"", "{\"event\":", "", "42")) {
            WebhookEvent w = received(body);
            assertEquals(ProcessingStatus.MALFORMED, w.status(), body);
            assertEquals(body, w.rawBody());
            assertNull(w.dedupeKey());
            assertFalse(w.replayable());
            assertThrows(WebhookException.class, w::replayed);
        }
    }

    @Test
    void the_outcome_says_what_the_observers_did_or_that_nothing_matched() {
        WebhookEvent w = received("{\"event\":\"transaction.failed\",\"reference\":\"X1234567\"}");
        w.processed(List.of(), NOW);
        assertEquals("no record matched", w.outcome());
        w.processed(List.of("charge MM123: PENDING -> FAILED", "link L1: ignored"), NOW);
        assertEquals("charge MM123: PENDING -> FAILED; link L1: ignored", w.outcome());
        assertEquals(ProcessingStatus.PROCESSED, w.status());
        assertTrue(w.replayable());
    }

    @Test
    void the_gateway_event_carries_the_fields_observers_match_on() {
        WebhookEvent w = received("{\"event\":\"transaction.completed\",\"status\":\"Successful\","
                + "\"reference\":\"ORD1234567\",\"transaction_id\":97}");
        GatewayEvent event = w.toGatewayEvent(true).orElseThrow();
        assertEquals("transaction.completed", event.event());
        assertEquals("successful", event.status());
        assertEquals("ORD1234567", event.reference());
        assertEquals("97", event.transactionId());
        assertTrue(event.replay());
        event.effect("charge MM97: PENDING -> SUCCESSFUL");
        event.effect("  ");
        assertEquals(List.of("charge MM97: PENDING -> SUCCESSFUL"), event.effects());
        assertThrows(UnsupportedOperationException.class, () -> event.effects().add("x"));
    }

    @Test
    void control_characters_in_headers_do_not_reach_the_log() {
        WebhookEvent w = WebhookEvent.received(NOW, "12\n34", "{}", "127.0.0.1", "agent\r\nX-Forged: 1");
        assertEquals("12?34", w.deliveryId());
        assertFalse(w.userAgent().contains("\n"));
    }

    private static WebhookEvent received(String body) {
        return WebhookEvent.received(NOW, "1", body, "127.0.0.1", "DGS-Pay-Sandbox/2");
    }
}
