package rw.paydesk.sandbox.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Webhook delivery: retries with back-off, the attempt log, redelivery, drops, duplicates and out-of-order release. */
@ExtendWith(SandboxServer.class)
class WebhookIT {

    private static final Api API = new Api();
    private WebhookReceiver hooks;

    @BeforeEach
    void receiver() {
        hooks = new WebhookReceiver();
    }

    @AfterEach
    void stop() {
        hooks.close();
        Api.control("/reset", null);
    }

    private String approvedCollection() {
        String reference = Api.reference("WH");
        API.post("/api/init_payment", Requests.momo(reference, hooks.url()).add("simulation", Requests.simulation(null, "approved")));
        return reference;
    }

    private static Optional<JsonObject> findDelivery(String reference) {
        return Api.getUrl(Api.base() + "/control/webhooks?limit=200").json().getJsonArray("deliveries").stream()
                .map(v -> v.asJsonObject())
                .filter(d -> d.getJsonObject("payload").getString("reference").equals(reference))
                .findFirst();
    }

    private static JsonObject delivery(String reference) {
        return findDelivery(reference).orElseThrow(() -> new AssertionError("no delivery for " + reference));
    }

    @Test
    void aNon2xxAnswerIsRetriedWithBackOffAndEveryAttemptIsLogged() {
        hooks.answering(500, 503);
        String reference = approvedCollection();
        hooks.awaitAccepted(reference);
        List<WebhookReceiver.Received> received = hooks.about(reference);
        assertEquals(List.of(500, 503, 200), received.stream().map(WebhookReceiver.Received::answeredWith).toList());
        // recorded once the sandbox has read the answer, a moment after the receiver gave it
        Api.await("the delivery recorded", Duration.ofSeconds(10), () -> delivery(reference).getString("status").equals("delivered"));
        JsonObject d = delivery(reference);
        assertEquals(3, d.getJsonArray("attempt_log").size());
        assertEquals(500, d.getJsonArray("attempt_log").getJsonObject(0).getInt("http_status"));
        assertTrue(Api.getUrl(Api.base() + "/webhooks").text().contains(reference), "visible on the operator page");
    }

    @Test
    void deliveryGivesUpAfterTheLastRetryAndCanBeRedelivered() {
        hooks.answering(500, 500, 500, 500);
        String reference = approvedCollection();
        Api.await("the retries to run out", Duration.ofSeconds(15), () -> findDelivery(reference).filter(d -> d.getString("status").equals("failed")).isPresent());
        assertEquals(4, delivery(reference).getInt("attempts"));
        long id = delivery(reference).getJsonNumber("id").longValue();
        assertEquals(200, Api.control("/webhooks/" + id + "/redeliver", null).status());
        hooks.awaitAccepted(reference);
        // the sandbox records the delivery once it has read the receiver's answer, a moment after the receiver answered
        Api.await("the redelivery recorded", Duration.ofSeconds(10), () -> delivery(reference).getString("status").equals("delivered"));
    }

    @Test
    void anUnreachableReceiverIsRetriedToo() {
        String reference = Api.reference("WHX");
        API.post("/api/init_payment", Requests.momo(reference, "http://127.0.0.1:9/closed").add("simulation", Requests.simulation(null, "approved")));
        Api.await("two attempts", Duration.ofSeconds(15), () -> findDelivery(reference).filter(d -> d.getInt("attempts") >= 2).isPresent());
        assertTrue(delivery(reference).getJsonArray("attempt_log").getJsonObject(0).containsKey("error"));
    }

    @Test
    void aSlowReceiverDoesNotHoldUpOutcomes() {
        try (WebhookReceiver slow = new WebhookReceiver().delaying(Duration.ofSeconds(8))) {
            String first = Api.reference("SLOW");
            API.post("/api/init_payment", Requests.momo(first, slow.url()).add("simulation", Requests.simulation(null, "approved")));
            Api.await("the slow receiver to be called", Duration.ofSeconds(10), () -> slow.calls() > 0);
            String second = approvedCollection();
            Instant start = Instant.now();
            assertEquals("successful", API.finalStatus(second));
            assertTrue(Duration.between(start, Instant.now()).toSeconds() < 5,
                    "the outcome did not wait for the hanging webhook delivery");
        }
    }

    @Test
    void theNextWebhookCanBeDeliveredTwice() {
        Api.control("/webhooks/duplicate", "{\"count\":1}");
        String reference = approvedCollection();
        Api.await("two copies", Duration.ofSeconds(15), () -> hooks.about(reference).size() == 2);
        assertEquals(hooks.about(reference).get(0).body(), hooks.about(reference).get(1).body());
    }

    @Test
    void aDroppedWebhookNeverArrivesWhileTheNextOneDoesAndCanBeRedelivered() {
        Reply asked = Api.control("/webhooks/drop", "{\"count\":1}");
        assertEquals(1, asked.json().getJsonObject("webhooks").getInt("drop_next"), asked.toString());
        String lost = approvedCollection();
        assertEquals("successful", API.finalStatus(lost));
        String next = approvedCollection();
        hooks.awaitAccepted(next);
        // One dispatcher sends in due order, so had the first been sent it would have arrived first.
        assertTrue(hooks.about(lost).isEmpty(), "the dropped webhook was not sent");
        JsonObject dropped = delivery(lost);
        assertEquals("dropped", dropped.getString("status"));
        assertEquals(0, dropped.getInt("attempts"));
        assertTrue(dropped.getJsonArray("attempt_log").isEmpty());
        assertFalse(dropped.containsKey("next_attempt_at"), "no retry is planned");
        assertEquals(0, Api.getUrl(Api.base() + "/control/state").json().getJsonObject("webhooks").getInt("drop_next"));
        String page = Api.getUrl(Api.base() + "/webhooks").text();
        assertTrue(page.contains(lost) && page.contains(">dropped</span>"), "listed as dropped on the operator page");

        long id = dropped.getJsonNumber("id").longValue();
        assertEquals(303, Api.postForm(Api.base() + "/webhooks/" + id + "/redeliver", Map.of()).status(),
                "the operator page's Redeliver button");
        hooks.awaitAccepted(lost);
        assertEquals(1, hooks.about(lost).size());
        Api.await("the redelivery to be logged", Duration.ofSeconds(5),
                () -> delivery(lost).getString("status").equals("delivered"));
        assertEquals(1, delivery(lost).getInt("attempts"));
    }

    @Test
    void aDroppedWebhookIsNeitherDuplicatedNorHeld() {
        Api.control("/webhooks/drop", "{\"count\":1}");
        Api.control("/webhooks/duplicate", "{\"count\":1}");
        Api.control("/webhooks/hold", null);
        String lost = approvedCollection();
        API.finalStatus(lost);
        String kept = approvedCollection();
        API.finalStatus(kept);
        assertEquals("dropped", delivery(lost).getString("status"));
        JsonObject tricks = Api.getUrl(Api.base() + "/control/state").json().getJsonObject("webhooks");
        assertEquals(0, tricks.getInt("drop_next"));
        assertEquals(0, tricks.getInt("duplicate_next"), "the duplicate went to the next webhook sent");
        assertEquals(2, Api.control("/webhooks/release", null).json().getInt("released"), "two copies of the kept one");
        Api.await("both copies of the kept webhook", Duration.ofSeconds(15), () -> hooks.about(kept).size() == 2);
        assertTrue(hooks.about(lost).isEmpty());
    }

    @Test
    void heldWebhooksCanBeReleasedOutOfOrder() {
        Api.control("/webhooks/hold", null);
        String first = approvedCollection();
        API.finalStatus(first);
        String second = approvedCollection();
        API.finalStatus(second);
        assertTrue(hooks.all().isEmpty(), "nothing is sent while held");
        Reply released = Api.control("/webhooks/release", "{\"order\":\"reverse\"}");
        assertEquals(2, released.json().getInt("released"));
        Api.await("both webhooks", Duration.ofSeconds(15), () -> hooks.all().size() == 2);
        assertEquals(second, hooks.all().get(0).body().getString("reference"));
        assertEquals(first, hooks.all().get(1).body().getString("reference"));
    }
}
