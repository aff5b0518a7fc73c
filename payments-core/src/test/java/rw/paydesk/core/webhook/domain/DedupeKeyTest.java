package rw.paydesk.core.webhook.domain;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DedupeKeyTest {

    private static final String COMPLETED = """
            {"event":"transaction.completed","status":"successful","direction":"collection",
             "reference":"ORDER123456","transaction_id":97,"amount":5000,"currency":"RWF",
             "updated_at":"2026-11-23T08:00:00Z"}""";

    @Test
    void a_redelivery_of_the_same_event_has_the_same_key_whatever_else_changed() {
        String redelivered = """
                { "transaction_id": "97", "reference": "ORDER123456", "status": "SUCCESSFUL",
                  "event": "transaction.completed", "updated_at": "2026-11-23T08:00:05Z" }""";
        assertEquals(DedupeKey.of(json(COMPLETED)), DedupeKey.of(json(redelivered)));
    }

    @Test
    void another_status_or_transaction_of_the_same_reference_is_another_event() {
        DedupeKey completed = DedupeKey.of(json(COMPLETED));
        assertNotEquals(completed, DedupeKey.of(json(COMPLETED.replace("\"successful\"", "\"failed\"")
                .replace("transaction.completed", "transaction.failed"))));
        assertNotEquals(completed, DedupeKey.of(json(COMPLETED.replace("\"transaction_id\":97", "\"transaction_id\":98"))));
        assertNotEquals(completed, DedupeKey.of(json(COMPLETED.replace("ORDER123456", "ORDER654321"))));
    }

    @Test
    void fields_cannot_be_shifted_into_one_another() {
        assertNotEquals(DedupeKey.of(json("{\"event\":\"a\",\"reference\":\"bc\"}")),
                DedupeKey.of(json("{\"event\":\"ab\",\"reference\":\"c\"}")));
    }

    @Test
    void a_body_without_event_reference_or_transaction_is_keyed_by_its_content() {
        DedupeKey key = DedupeKey.of(json("{\"hello\":\"world\"}"));
        assertTrue(key.value().startsWith("b:"));
        assertEquals(key, DedupeKey.of(json("{ \"hello\" : \"world\" }")));
        assertNotEquals(key, DedupeKey.of(json("{\"hello\":\"there\"}")));
    }

    @Test
    void keys_have_a_fixed_length_that_fits_the_column() {
        assertEquals(DedupeKey.LENGTH, DedupeKey.of(json(COMPLETED)).value().length());
        assertEquals(DedupeKey.LENGTH, DedupeKey.of(json("{}")).value().length());
    }

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
