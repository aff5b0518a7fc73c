package rw.paydesk.sandbox.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Webhook delivery: retries with back-off, the attempt log, redelivery, duplicates and out-of-order release. */
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
        JsonObject d = delivery(reference);
        assertEquals("delivered", d.getString("status"));
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
        assertEquals("delivered", delivery(reference).getString("status"));
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
