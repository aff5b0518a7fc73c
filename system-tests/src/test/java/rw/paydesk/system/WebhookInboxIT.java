package rw.paydesk.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the gateway, an impostor and an administrator see of the webhook inbox: the secret
 * decides, every accepted body is kept (even one that is not JSON), a redelivery under a new
 * delivery id has no effect, and the Webhook log page shows it all to administrators only.
 */
@ExtendWith(PayDeskServer.class)
class WebhookInboxIT {

    /** The default secret of the bundle and of the sandbox's default account. */
    private static final String SECRET = "whsec_sandbox_paydesk_local";
    private static final Duration PROCESSING_DEADLINE = Duration.ofSeconds(20);

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_forged_or_missing_secret_is_refused_and_nothing_is_stored() throws Exception {
        String reference = uniqueReference("FORGED");
        String delivery = reference.substring("FORGED".length());
        HttpResponse<String> forged = post(completed(reference, 501), "whsec_guessed_it", delivery);
        assertEquals(401, forged.statusCode());
        assertTrue(forged.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(forged.body().contains("\"status\":\"error\""), forged.body());
        assertFalse(forged.body().contains(SECRET));

        HttpResponse<String> missing = post(completed(reference, 502), null, delivery);
        assertEquals(401, missing.statusCode());

        try (Browser admin = new Browser()) {
            admin.signIn("admin", "demo-admin-pass");
            assertTrue(logFor(admin, reference).contains("No webhooks match."), "a refused webhook is not in the log");
            admin.open("/admin/audit.xhtml");
            admin.type(By.id("audit:text"), "delivery " + delivery);
            admin.click(By.id("audit:search"));
            String audit = admin.text(By.id("audit:events"));
            assertTrue(audit.contains("WEBHOOK_REJECTED"), audit);
            assertTrue(audit.contains("wrong DGS-Webhook-Secret") && audit.contains("missing DGS-Webhook-Secret"), audit);
            assertFalse(audit.contains("whsec_guessed_it"), "the presented secret is never written down");
        }
    }

    @Test
    void a_body_that_is_not_json_gets_400_and_is_kept_raw_in_the_log() throws Exception {
        String marker = uniqueReference("BROKEN");
        String body = "<payment ref=\"" + marker + "\">not JSON</payment>";
        HttpResponse<String> response = post(body, SECRET, "9100");
        assertEquals(400, response.statusCode());

        try (Browser admin = new Browser()) {
            admin.signIn("admin", "demo-admin-pass");
            admin.open("/admin/webhooks.xhtml");
            filterByStatus(admin, "MALFORMED");
            String id = idIn(response.body());
            admin.click(By.xpath(row(id) + "//*[contains(@class,'ui-row-toggler')]"));
            String raw = admin.text(By.id("raw-body-" + id));
            assertEquals(body, raw, "the raw body is shown as it came, escaped, not interpreted");
            assertTrue(admin.text(By.id("webhooks:events")).contains("MALFORMED"));
        }
    }

    @Test
    void the_same_event_delivered_twice_under_two_delivery_ids_counts_once() throws Exception {
        String reference = uniqueReference("TWICE");
        String event = completed(reference, ThreadLocalRandom.current().nextInt(1_000, 9_999));

        // (how fast the answer comes is measured by bench/webhooks, not here on a cold server)
        HttpResponse<String> first = post(event, SECRET, "9201");
        assertEquals(200, first.statusCode(), first.body());
        assertTrue(first.body().contains("\"status\":\"received\""), first.body());
        HttpResponse<String> second = post(event.replace("\"fee\":0", "\"fee\":0 "), SECRET, "9202");
        assertEquals(200, second.statusCode(), "a duplicate is acknowledged, so the gateway stops resending it");
        assertTrue(second.body().contains("\"status\":\"duplicate\""), second.body());

        try (Browser admin = new Browser()) {
            admin.signIn("admin", "demo-admin-pass");
            String log = awaitLog(admin, reference, text -> text.contains("PROCESSED"));
            assertTrue(log.contains("DUPLICATE"), log);
            assertTrue(log.contains("transaction.completed"), log);
            assertTrue(log.contains("no record matched") || log.contains(reference), log);
            admin.click(By.xpath(row(idIn(first.body())) + "//*[contains(@class,'ui-row-toggler')]"));
            assertTrue(admin.text(By.id("raw-body-" + idIn(first.body()))).contains("\"reference\": \"" + reference + "\""),
                    "the raw body is shown pretty-printed");
            admin.screenshot("webhook-log");

            admin.click(By.xpath(row(idIn(first.body())) + "//button[contains(@id,':replay')]"));
            assertTrue(admin.text(By.id("messages")).contains("replayed"), admin.text(By.id("messages")));
            assertTrue(logFor(admin, reference).contains("replayed 1×"));
            admin.open("/admin/audit.xhtml");
            admin.type(By.id("audit:text"), "webhook #" + idIn(first.body()));
            admin.click(By.id("audit:search"));
            assertTrue(admin.text(By.id("audit:events")).contains("WEBHOOK_REPLAYED"));
        }
    }

    @Test
    void only_administrators_may_open_the_webhook_log() {
        try (Browser viewer = new Browser()) {
            viewer.signIn("viewer", "demo-viewer-pass");
            assertFalse(viewer.isPresent(By.id("menu-webhooks")));
            viewer.open("/admin/webhooks.xhtml");
            assertEquals("Not allowed", viewer.text(By.id("error-title")));
        }
    }

    private String awaitLog(Browser admin, String reference, java.util.function.Predicate<String> done) {
        String[] last = {""};
        awaitUntil(() -> done.test(last[0] = logFor(admin, reference)), "the log for " + reference + " to show " + done);
        return last[0];
    }

    private static String logFor(Browser admin, String reference) {
        admin.open("/admin/webhooks.xhtml");
        admin.type(By.id("webhooks:reference"), reference);
        admin.click(By.id("webhooks:search"));
        return admin.text(By.id("webhooks:events"));
    }

    private static String row(String id) {
        return "//tr[.//span[@class='pd-webhook-id' and text()='" + id + "']]";
    }

    private static void filterByStatus(Browser admin, String status) {
        admin.click(By.id("webhooks:status"));
        admin.click(By.xpath("//li[@data-label='" + status + "']"));
        admin.click(By.id("webhooks:search"));
    }

    /** Polls until the condition holds, up to a deadline: processing is asynchronous. */
    private static void awaitUntil(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(PROCESSING_DEADLINE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.onSpinWait();
        }
    }

    private HttpResponse<String> post(String body, String secret, String deliveryId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PayDeskServer.baseUrl() + "/api/webhooks/dgs"))
                .header("Content-Type", "application/json")
                .header("DGS-Webhook-Id", deliveryId)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header("DGS-Webhook-Secret", secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A collection webhook as the sandbox sends it (gateway-sandbox/README.md, "Ambiguities" 9). */
    private static String completed(String reference, int transactionId) {
        return """
                {"event":"transaction.completed","status":"successful","direction":"collection",\
                "payment_type":"mobile_money","reference":"%s","tx_ref":"DGS%d","transaction_id":%d,\
                "amount":1500,"currency":"RWF","fee":0,"network":"MTN","created_at":"2026-11-23T08:00:00Z"}"""
                .formatted(reference, transactionId, transactionId);
    }

    private static String idIn(String json) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(json);
        assertTrue(m.find(), json);
        return m.group(1);
    }

    private static String uniqueReference(String prefix) {
        return prefix + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    }
}
