package rw.paydesk.sandbox.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static rw.paydesk.sandbox.it.RwandaPayClient.collect;
import static rw.paydesk.sandbox.it.RwandaPayClient.data;

/** The Rwanda Pay emulator driven over HTTP as the PayDesk portal will drive it. */
@ExtendWith(SandboxServer.class)
class RwandaPayIT {

    private static final RwandaPayClient API = new RwandaPayClient();
    private static WebhookReceiver hooks;

    @BeforeAll
    static void receiver() {
        hooks = new WebhookReceiver();
    }

    @AfterAll
    static void stop() {
        hooks.close();
    }

    @AfterEach
    void cleanSandbox() {
        assertEquals(200, RwandaPayClient.control("/reset", null).status());
    }

    private static void assertError(Reply r, int code, String message) {
        assertEquals(code, r.status(), r.toString());
        assertEquals("error", r.string("status"), r.toString());
        assertEquals(code, r.json().getInt("code"), r.toString());
        assertEquals(message, r.string("message"), r.toString());
        assertNotNull(r.json().getJsonObject("errors"), r.toString());
    }

    /** Nothing pending (everything settled now) and neither pot moved for a second. */
    private static void awaitQuietWallet() {
        JsonObject[] last = new JsonObject[1];
        java.time.Instant[] since = new java.time.Instant[1];
        Api.await("a quiet Rwanda Pay wallet", Duration.ofSeconds(30), () -> {
            RwandaPayClient.control("/settle-now", null);
            JsonObject now = API.balance();
            if (!now.equals(last[0]) || now.getJsonNumber("pending_balance").longValue() != 0) {
                last[0] = now;
                since[0] = java.time.Instant.now();
                return false;
            }
            return Duration.between(since[0], java.time.Instant.now()).toMillis() >= 1000;
        });
    }

    @Test
    void onlyTheTestSecretKeyIsAccepted() {
        for (String key : new String[]{null, RwandaPayClient.PUBLIC_KEY, "sk_live_paydesk_sandbox_rwandapay_0001",
                "sk_test_somebody_else"}) {
            Reply r = new RwandaPayClient(key).get("/balance");
            assertError(r, 401, "Unauthorized");
            assertTrue(r.errors().containsKey("authorization"), r.toString());
        }
        assertError(new RwandaPayClient(RwandaPayClient.PUBLIC_KEY).post("/payments/collect",
                collect(5000, "0788123456", null, null)), 401, "Unauthorized");
        assertEquals(200, API.get("/balance").status());
    }

    @Test
    void invalidCollectRequestsAre422WithOneMessagePerField() {
        Reply low = API.post("/payments/collect", collect(99, "0788123456", null, null));
        assertError(low, 422, "Validation Error");
        assertTrue(low.errors().containsKey("amount"), low.toString());
        assertEquals(422, API.post("/payments/collect", collect(1_000_001, "0788123456", null, null)).status());
        assertEquals(422, API.post("/payments/collect", Json.createObjectBuilder().add("amount", 100.5).add("phone", "0788123456")).status());
        assertEquals(201, API.post("/payments/collect", collect(100, "0788123456", null, null)).status(), "100 is the minimum");
        assertEquals(201, API.post("/payments/collect", collect(1_000_000, "0788123456", null, null)).status(), "1,000,000 the maximum");

        Reply phone = API.post("/payments/collect", collect(5000, "0751234567", null, null));
        assertTrue(phone.errors().getString("phone").contains("MTN"), phone.toString());
        assertTrue(API.post("/payments/collect", collect(5000, "12345", null, null)).errors().containsKey("phone"));

        Reply mismatch = API.post("/payments/collect", collect(5000, "0788123456", null, null).add("provider", "Airtel"));
        assertError(mismatch, 422, "Validation Error");
        assertTrue(mismatch.errors().containsKey("provider"), mismatch.toString());
        assertTrue(API.post("/payments/collect", collect(5000, "0788123456", null, null).add("provider", "Tigo"))
                .errors().containsKey("provider"));
        assertTrue(API.post("/payments/collect", collect(5000, "0788123456", null, "http://merchant.example/hook"))
                .errors().containsKey("callback_url"), "plain http only for loopback");

        Reply both = API.post("/payments/collect", Json.createObjectBuilder().add("phone", "0751234567").add("metadata", "x"));
        assertTrue(both.errors().containsKey("amount") && both.errors().containsKey("phone") && both.errors().containsKey("metadata"),
                both.toString());

        assertError(API.post("/payments/collect", "{\"amount\": 5000,", null, null), 400, "Bad Request");
        assertError(API.post("/payments/collect", "[1, 2]", null, null), 400, "Bad Request");
    }

    @Test
    void theProviderIsDetectedTheNumberNormalisedAndTheFeeIsThreeAndAHalfPercent() {
        JsonObject airtel = data(API.post("/payments/collect", collect(5000, "+250722123456", null, null)), 201);
        assertEquals("Airtel", airtel.getString("provider"));
        assertEquals("0722123456", airtel.getString("customer_phone"));
        assertEquals(175, airtel.getInt("fee"));
        assertEquals(4825, airtel.getInt("net_amount"));
        assertTrue(airtel.getString("reference").matches("PAY-[0-9]{8}-[A-Z0-9]{6}"), airtel.toString());
        JsonObject mtn = data(API.post("/payments/collect", collect(1015, "250791234567", null, null).add("provider", "mtn")), 201);
        assertEquals("MTN", mtn.getString("provider"));
        assertEquals(36, mtn.getInt("fee"), "3.5 % of 1015 = 35.525, rounded half up");
        assertEquals(979, mtn.getInt("net_amount"));
    }

    @Test
    void aCollectionSucceedsWithASignedWebhookThenIsRefundedInPartsAndTheBalanceFollows() {
        // pending_balance is compared before and after our collection: earlier tests' collections (decided
        // 300 ms after they were asked for) must not land in between, so start from a quiet wallet
        awaitQuietWallet();
        JsonObject before = API.balance();
        String merchantRef = Api.reference("INV-");
        JsonObject created = data(API.post("/payments/collect", collect(5000, "0788123456", merchantRef, hooks.url())), 201);
        String reference = created.getString("reference");
        assertEquals("pending", created.getString("status"));
        assertEquals(merchantRef, created.getString("merchant_reference"));

        WebhookReceiver.Received hook = hooks.await(reference, h -> h.body().getString("event").equals("payment.successful"));
        assertTrue(RwandaPayClient.signatureValid(hook), "X-RwandaPay-Signature: " + hook.header("X-RwandaPay-Signature"));
        assertTrue(hook.header("X-RwandaPay-Event-Id").startsWith("evt_"));
        JsonObject event = hook.body().getJsonObject("data");
        assertEquals(merchantRef, event.getString("merchant_reference"));
        assertEquals(4825, event.getInt("net_amount"));
        assertEquals("John Doe", event.getJsonObject("customer").getString("name"));
        assertEquals("123", event.getJsonObject("metadata").getString("product_id"));

        JsonObject status = data(API.get("/payments/" + reference), 200);
        assertEquals("successful", status.getString("status"));
        assertFalse(status.isNull("paid_at"));
        assertEquals(reference, data(API.get("/payments/" + merchantRef), 200).getString("reference"),
                "found by the merchant's own reference too");
        Reply reused = API.post("/payments/collect", collect(5000, "0788123456", merchantRef, null));
        assertError(reused, 422, "Validation Error");
        assertTrue(reused.errors().containsKey("reference"), "a merchant reference is used once: " + reused);

        JsonObject collected = API.balance();
        assertEquals(before.getJsonNumber("pending_balance").longValue() + 4825, collected.getJsonNumber("pending_balance").longValue());
        assertEquals(before.getJsonNumber("available_balance").longValue(), collected.getJsonNumber("available_balance").longValue());
        assertEquals(200, RwandaPayClient.control("/settle-now", null).status());
        Api.await("settlement", Duration.ofSeconds(10), () -> API.balance().getJsonNumber("available_balance").longValue()
                >= before.getJsonNumber("available_balance").longValue() + 4825);
        // other tests' collections settle too, each in its own step: the wallet is quiet once nothing is pending
        Api.await("every collection settled", Duration.ofSeconds(10), () -> {
            RwandaPayClient.control("/settle-now", null);
            return API.balance().getJsonNumber("pending_balance").longValue() == 0;
        });
        long available = API.balance().getJsonNumber("available_balance").longValue();

        JsonObject partial = data(API.post("/payments/" + reference + "/refund", Json.createObjectBuilder()
                .add("amount", 2000).add("reason", "Customer requested refund")), 201);
        assertTrue(partial.getString("refund_reference").startsWith("RFD-"));
        assertEquals(reference, partial.getString("payment_reference"));
        assertEquals("successful", partial.getString("status"));
        assertEquals(2000, partial.getInt("refunded_total"));
        assertEquals("partially_refunded", partial.getString("payment_status"));
        WebhookReceiver.Received refundHook = hooks.await(partial.getString("refund_reference"),
                h -> h.body().getString("event").equals("refund.successful"));
        assertTrue(RwandaPayClient.signatureValid(refundHook));
        assertEquals(reference, refundHook.body().getJsonObject("data").getString("payment_reference"));

        Reply tooMuch = API.post("/payments/" + reference + "/refund", Json.createObjectBuilder().add("amount", 3001));
        assertError(tooMuch, 422, "Validation Error");
        assertTrue(tooMuch.errors().containsKey("amount"));

        JsonObject rest = data(API.post("/payments/" + reference + "/refund", Json.createObjectBuilder()), 201);
        assertEquals(3000, rest.getInt("amount"), "the default is what is left to refund");
        assertEquals("refunded", rest.getString("payment_status"));
        JsonObject refunded = data(API.get("/payments/" + reference), 200);
        assertEquals("refunded", refunded.getString("status"));
        assertEquals(5000, refunded.getInt("refunded_amount"));
        assertEquals(available - 5000, API.balance().getJsonNumber("available_balance").longValue());
        assertEquals(422, API.post("/payments/" + reference + "/refund", Json.createObjectBuilder()).status(),
                "nothing left to refund");
    }

    @Test
    void aRefundTheAvailableBalanceCannotCoverIs402() {
        String reference = data(API.post("/payments/collect", collect(20000, "0788123456", null, null)), 201).getString("reference");
        assertEquals("successful", API.awaitFinal(reference).getString("status"));
        long available = API.balance().getJsonNumber("available_balance").longValue();
        assertTrue(available >= 10_000, "the opening balance is there: " + available);
        data(API.post("/withdrawals", RwandaPayClient.withdrawal(available, "0788123456", RwandaPayClient.PIN, null)), 201);
        try {
            Reply r = API.post("/payments/" + reference + "/refund", Json.createObjectBuilder().add("amount", 1000));
            assertError(r, 402, "Insufficient Balance");
            assertEquals("successful", data(API.get("/payments/" + reference), 200).getString("status"), "nothing refunded");
        } finally {
            RwandaPayClient.control("/top-up", "{\"amount\": " + available + "}");
        }
    }

    @Test
    void aPendingPaymentCannotBeRefundedAndUnknownReferencesAre404() {
        String waiting = data(API.post("/payments/collect", collect(5000, "0780000002", null, null)), 201).getString("reference");
        Reply refund = API.post("/payments/" + waiting + "/refund", Json.createObjectBuilder());
        assertError(refund, 422, "Validation Error");
        assertError(API.get("/payments/PAY-20000101-NOPE00"), 404, "Not Found");
        assertError(API.post("/payments/PAY-20000101-NOPE00/refund", Json.createObjectBuilder()), 404, "Not Found");
        assertError(API.get("/withdrawals/WDR-20000101-NOPE00"), 404, "Not Found");
        assertError(API.get("/no-such-endpoint"), 404, "Not Found");
    }

    @Test
    void theMagicNumbersFailOrWaitForTheCustomer() {
        String failing = data(API.post("/payments/collect", collect(5000, "0780000001", null, hooks.url())), 201).getString("reference");
        JsonObject failed = API.awaitFinal(failing);
        assertEquals("failed", failed.getString("status"));
        assertEquals("insufficient_funds", failed.getString("failure_reason"));
        assertTrue(failed.isNull("paid_at"));
        hooks.await(failing, h -> h.body().getString("event").equals("payment.failed"));

        JsonObject waiting = data(API.post("/payments/collect", collect(5000, "0780000002", null, null)), 201);
        String declined = waiting.getString("reference");
        String page = Api.getUrl(waiting.getString("payment_url")).text();
        assertTrue(page.contains("5000 RWF") && page.contains("Approve") && page.contains("Decline"), page);
        assertEquals(303, Api.postForm(waiting.getString("payment_url") + "/decline", Map.of()).status());
        assertEquals("failed", data(API.get("/payments/" + declined), 200).getString("status"));
        assertEquals("declined", data(API.get("/payments/" + declined), 200).getString("failure_reason"));

        String approved = data(API.post("/payments/collect", collect(5000, "0780000002", null, null)), 201).getString("reference");
        Reply outcome = RwandaPayClient.control("/payments/" + approved + "/outcome", "{\"status\": \"successful\"}");
        assertTrue(outcome.json().getBoolean("changed"), outcome.toString());
        assertEquals("successful", data(API.get("/payments/" + approved), 200).getString("status"));
        assertFalse(RwandaPayClient.control("/payments/" + approved + "/outcome", "{\"status\": \"failed\"}").json()
                .getBoolean("changed"), "a decided payment stays decided");

        String expiring = data(API.post("/payments/collect", collect(5000, "0780000002", null, null)), 201).getString("reference");
        assertEquals("pending", data(API.get("/payments/" + expiring), 200).getString("status"));
        JsonObject expired = API.awaitFinal(expiring);
        assertEquals("failed", expired.getString("status"));
        assertEquals("expired", expired.getString("failure_reason"));
    }

    @Test
    void theSameIdempotencyKeyAndBodyReplaysTheFirstAnswerWithoutASecondPayment() {
        String key = "idem-" + Api.reference("K");
        String body = collect(5000, "0788123456", null, null).build().toString();
        Reply first = API.post("/payments/collect", body, key, null);
        assertEquals(201, first.status());
        assertTrue(first.headers().firstValue("Idempotent-Replayed").isEmpty());
        String reordered = "{ \"metadata\": {\"product_id\": \"123\", \"customer_name\": \"John Doe\"}, \"phone\": \"0788123456\", \"amount\": 5000.00 }";
        Reply again = API.post("/payments/collect", reordered, key, null);
        assertEquals(201, again.status());
        assertEquals(first.text(), again.text(), "the first answer, verbatim");
        assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(null));

        Reply other = API.post("/payments/collect", collect(6000, "0788123456", null, null).build().toString(), key, null);
        assertError(other, 422, "Validation Error");
        assertTrue(other.errors().containsKey("idempotency_key"));

        String fixKey = "idem-" + Api.reference("F");
        assertEquals(422, API.post("/payments/collect", collect(50, "0788123456", null, null).build().toString(), fixKey, null).status());
        Reply fixed = API.post("/payments/collect", collect(500, "0788123456", null, null).build().toString(), fixKey, null);
        assertEquals(201, fixed.status(), "a refused request does not bind its key: " + fixed);
    }

    @Test
    void aClientThatTimedOutGetsTheOutcomeByRetryingWithItsKey() {
        String key = "idem-" + Api.reference("T");
        String merchantRef = Api.reference("TMO-");
        String body = collect(5000, "0788123456", merchantRef, null).build().toString();
        RwandaPayClient.control("/faults", "{\"mode\": \"timeout_after_processing\", \"operation\": \"collect\", \"hold_ms\": 2000}");
        assertThrows(UncheckedIOException.class, () -> API.post("/payments/collect", body, key, Duration.ofMillis(700)));
        Reply retry = API.post("/payments/collect", body, key, null);
        assertEquals(201, retry.status(), retry.toString());
        assertEquals("true", retry.headers().firstValue("Idempotent-Replayed").orElse(null));
        assertEquals(retry.json().getJsonObject("data").getString("reference"),
                data(API.get("/payments/" + merchantRef), 200).getString("reference"), "one payment, found by the merchant reference");
    }

    @Test
    void beyondTheRateLimitAnswers429WithRetryAfter() {
        assertEquals(3, RwandaPayClient.control("/rate-limit", "{\"per_minute\": 3}").json().getInt("rate_limit_per_minute"));
        for (int remaining = 2; remaining >= 0; remaining--) {
            Reply r = API.get("/balance");
            assertEquals(200, r.status());
            assertEquals("3", r.headers().firstValue("X-RateLimit-Limit").orElse(null));
            assertEquals(Integer.toString(remaining), r.headers().firstValue("X-RateLimit-Remaining").orElse(null));
        }
        Reply refused = API.post("/payments/collect", collect(5000, "0788123456", null, null));
        assertError(refused, 429, "Too Many Requests");
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals("0", refused.headers().firstValue("X-RateLimit-Remaining").orElse(null));
        RwandaPayClient.control("/reset", null);
        assertEquals(200, API.get("/balance").status());
    }

    @Test
    void aCheckoutIsPaidOnTheHostedPageThenTheBrowserReturnsToTheMerchant() {
        String txRef = Api.reference("ORD-");
        JsonObject session = data(API.post("/checkout/initialize",
                RwandaPayClient.checkout(txRef, "https://merchant.example/callback?shop=1", hooks.url())), 201);
        assertTrue(session.getString("session_id").matches("CHK-[A-Z0-9]{12}"), session.toString());
        String url = session.getString("payment_url");
        String page = Api.getUrl(url).text();
        assertTrue(page.contains("5000 RWF") && page.contains("PayDesk demo merchant") && page.contains("0788123456"), page);

        Reply bad = Api.postForm(url, Map.of("phone", "0751234567"));
        assertTrue(bad.text().contains("Please check"), bad.text());
        Reply pay = Api.postForm(url, Map.of("phone", "0722123456"));
        assertEquals(303, pay.status(), pay.toString());
        String wait = pay.headers().firstValue("Location").orElseThrow();
        String[] location = new String[1];
        Api.await("the redirect back to the merchant", Duration.ofSeconds(15), () -> {
            Reply r = Api.getUrl(wait);
            location[0] = r.headers().firstValue("Location").orElse(null);
            return r.status() == 303;
        });
        assertTrue(location[0].startsWith("https://merchant.example/callback?shop=1&status=successful&tx_ref=" + txRef + "&reference=PAY-"),
                location[0]);
        String reference = location[0].replaceFirst(".*reference=", "");
        JsonObject hook = hooks.await(reference, h -> h.body().getString("event").equals("payment.successful")).body().getJsonObject("data");
        assertEquals(txRef, hook.getString("merchant_reference"));
        assertEquals("ORD-12345", hook.getJsonObject("metadata").getString("order_id"));
        assertEquals("john@example.com", hook.getJsonObject("customer").getString("email"));
        assertEquals("0722123456", hook.getJsonObject("customer").getString("phone"));
        assertEquals("Airtel", hook.getString("provider"));
        assertEquals(reference, data(API.get("/payments/" + txRef), 200).getString("reference"));

        assertTrue(Api.getUrl(url).text().contains("already"), "a paid session says so");
        assertEquals(1, hooks.about(reference).size());
        Reply reused = API.post("/checkout/initialize", RwandaPayClient.checkout(txRef, "https://merchant.example/cb", hooks.url()));
        assertError(reused, 422, "Validation Error");
        assertTrue(reused.errors().containsKey("tx_ref"));
        assertEquals(404, Api.getUrl(Api.base() + "/rwandapay/checkout/CHK-000000000000").status());
    }

    @Test
    void withdrawalsNeedTheMinimumAndThePinAndEndWithAWebhook() {
        Reply small = API.post("/withdrawals", RwandaPayClient.withdrawal(9999, "0788123456", RwandaPayClient.PIN, hooks.url()));
        assertError(small, 422, "Validation Error");
        assertTrue(small.errors().containsKey("amount"));
        Reply wrongPin = API.post("/withdrawals", RwandaPayClient.withdrawal(10000, "0788123456", "9876", hooks.url()));
        assertError(wrongPin, 422, "Validation Error");
        assertTrue(wrongPin.errors().containsKey("pin"));
        assertFalse(wrongPin.text().contains("9876"), "the PIN is never echoed");

        long available = API.balance().getJsonNumber("available_balance").longValue();
        JsonObject w = data(API.post("/withdrawals", RwandaPayClient.withdrawal(10000, "+250788123456", RwandaPayClient.PIN, hooks.url())), 201);
        assertTrue(w.getString("reference").matches("WDR-[0-9]{8}-[A-Z0-9]{6}"), w.toString());
        assertEquals("pending", w.getString("status"));
        assertEquals(0, w.getInt("fee"));
        assertEquals("0788123456", w.getString("phone"));
        assertEquals("MTN", w.getString("provider"));
        assertEquals(available - 10000, API.balance().getJsonNumber("available_balance").longValue());
        WebhookReceiver.Received hook = hooks.await(w.getString("reference"), h -> h.body().getString("event").equals("withdrawal.successful"));
        assertTrue(RwandaPayClient.signatureValid(hook));
        assertEquals("successful", data(API.get("/withdrawals/" + w.getString("reference")), 200).getString("status"));

        JsonObject failing = data(API.post("/withdrawals", RwandaPayClient.withdrawal(10000, "0780000001", RwandaPayClient.PIN, hooks.url())), 201);
        hooks.await(failing.getString("reference"), h -> h.body().getString("event").equals("withdrawal.failed"));
        assertEquals(available - 10000, API.balance().getJsonNumber("available_balance").longValue(), "a failed withdrawal gives the money back");
    }

    @Test
    void anInjectedFaultAnswers500ForTheNextCallsOnly() {
        Reply state = RwandaPayClient.control("/faults", "{\"mode\": \"500\", \"count\": 2, \"operation\": \"balance\"}");
        assertEquals(200, state.status(), state.toString());
        assertEquals(201, API.post("/payments/collect", collect(5000, "0788123456", null, null)).status(),
                "another operation is not affected");
        assertError(API.get("/balance"), 500, "Internal Server Error");
        assertError(API.get("/balance"), 500, "Internal Server Error");
        assertEquals(200, API.get("/balance").status());
        RwandaPayClient.control("/faults", "{\"mode\": \"500\"}");
        assertEquals(500, API.get("/payments/PAY-20000101-NOPE00").status(), "without an operation, any call");
        assertNotEquals(500, API.get("/balance").status());
    }
}
