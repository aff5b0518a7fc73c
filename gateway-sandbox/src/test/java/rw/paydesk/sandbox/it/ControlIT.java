package rw.paydesk.sandbox.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fault injection, amendments and counters, as PayDesk's tests will use them. */
@ExtendWith(SandboxServer.class)
class ControlIT {

    private static final Api API = new Api();

    @AfterEach
    void reset() {
        assertEquals(200, Api.control("/reset", null).status());
    }

    private static Reply wallet() {
        return API.post("/api/wallet", Json.createObjectBuilder().add("action", "balance"));
    }

    @Test
    void theNextNCallsAnswer500Then429() {
        API.token();
        Api.control("/faults", "{\"mode\":\"500\",\"count\":2,\"operation\":\"wallet\"}");
        Api.control("/faults", "{\"mode\":\"429\",\"count\":1}");
        assertEquals(500, wallet().status());
        assertEquals(500, wallet().status());
        Reply limited = wallet();
        assertEquals(429, limited.status());
        assertEquals("1", limited.headers().firstValue("Retry-After").orElseThrow());
        assertEquals(200, wallet().status());
    }

    @Test
    void aTimeoutHoldsTheRequestPastTheClientsReadTimeout() {
        String token = API.token();
        Api.control("/faults", "{\"mode\":\"timeout\",\"count\":1,\"operation\":\"wallet\",\"hold_ms\":2500}");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> Api.postJson(Api.api() + "/api/wallet",
                "{\"action\":\"balance\"}", token, Duration.ofMillis(800)));
        assertTrue(e.getCause() instanceof HttpTimeoutException, e.toString());
    }

    @Test
    void aTimeoutAfterProcessingStillDoesTheWork() {
        String token = API.token();
        String reference = Api.reference("TAP");
        Api.control("/faults", "{\"mode\":\"timeout_after_processing\",\"count\":1,\"operation\":\"init_payment\",\"hold_ms\":2500}");
        assertThrows(UncheckedIOException.class, () -> Api.postJson(Api.api() + "/api/init_payment",
                Requests.momo(reference, "https://merchant.example/hook").build().toString(), token, Duration.ofMillis(800)));
        Api.await("the charge to exist", Duration.ofSeconds(10),
                () -> API.post("/api/wallet", Json.createObjectBuilder().add("action", "transaction_status").add("reference", reference)).status() == 200);
    }

    @Test
    void latencyIsAddedToEveryCall() {
        API.token();
        Api.control("/latency", "{\"ms\":400}");
        Instant start = Instant.now();
        assertEquals(200, wallet().status());
        assertTrue(Duration.between(start, Instant.now()).toMillis() >= 400);
        assertEquals(400, Api.getUrl(Api.base() + "/control/state").json().getInt("latency_ms"));
    }

    @Test
    void tokenRequestsAreCountedPerAccount() {
        Api fresh = new Api();
        fresh.token();
        wallet();
        Reply counters = Api.getUrl(Api.base() + "/control/counters");
        assertTrue(counters.json().getJsonObject("token_requests").getInt(Api.ACCOUNT) >= 1, counters.toString());
        assertTrue(counters.json().getJsonObject("api_calls").getJsonObject(Api.ACCOUNT).getInt("wallet") >= 1);
    }

    @Test
    void allTokensCanBeExpiredNow() {
        String token = API.token();
        assertEquals(200, wallet().status());
        assertTrue(Api.control("/tokens/expire", null).json().getInt("expired") >= 1);
        assertEquals(401, Api.postJson(Api.api() + "/api/wallet", "{\"action\":\"balance\"}", token, null).status());
        API.forgetToken();
        assertEquals(200, wallet().status(), "a new token works at once");
    }

    @Test
    void badControlInputIsAClearError() {
        Reply r = Api.control("/faults", "{\"mode\":\"503\"}");
        assertEquals(400, r.status());
        assertTrue(r.errors().containsKey("mode"));
        for (String count : List.of("0", "1001", "\"x\"", "1.5")) {
            Reply drop = Api.control("/webhooks/drop", "{\"count\":" + count + "}");
            assertEquals(400, drop.status(), count);
            assertEquals("must be an integer from 1 to 1000", drop.errors().getString("count"), count);
        }
    }

    @Test
    void dropIsCountedInTheStateAndClearedByReset() {
        assertEquals(1, Api.control("/webhooks/drop", null).json().getJsonObject("webhooks").getInt("drop_next"), "count defaults to 1");
        assertEquals(7, Api.control("/webhooks/drop", "{\"count\":7}").json().getJsonObject("webhooks").getInt("drop_next"));
        assertEquals(0, Api.control("/reset", null).json().getJsonObject("webhooks").getInt("drop_next"));
    }

    private static Reply amend(String body) {
        return Api.control("/transactions/amend", body);
    }

    private static BigDecimal number(JsonObject o, String key) {
        return o.getJsonNumber(key).bigDecimalValue();
    }

    private static JsonObject listed(String reference) {
        Reply list = API.post("/api/wallet", Json.createObjectBuilder().add("action", "transaction_list").add("limit", 500));
        return list.json().getJsonArray("transactions").stream().map(v -> v.asJsonObject())
                .filter(t -> t.getString("reference").equals(reference)).findFirst()
                .orElseThrow(() -> new AssertionError(reference + " is not in transaction_list"));
    }

    @Test
    void anAmendedPendingCollectionShowsTheNewAmountEverywhereAndIsCreditedIt() {
        // net_incoming and total_incoming are compared before and after: other tests' collections must not land meanwhile
        API.awaitQuietWallet("RWF");
        try (WebhookReceiver hooks = new WebhookReceiver()) {
            String reference = Api.reference("AMD");
            assertEquals(200, API.post("/api/init_payment", Requests.momo(reference, hooks.url())).status());
            Reply amended = amend("{\"reference\":\"" + reference + "\",\"amount\":90}");
            assertEquals(200, amended.status(), amended.toString());
            assertEquals(Json.createObjectBuilder().add("reference", reference).add("amount", 90).add("fee", 7)
                    .add("status", "pending").build(), amended.json(), "the fee (7 % of 100) is kept, not recomputed");

            JsonObject status = API.transaction(reference);
            assertEquals(90, status.getInt("base_amount"));
            assertEquals(7, status.getInt("total_fee"));
            assertEquals(97, status.getInt("charged_amount"));
            assertEquals(90, listed(reference).getInt("base_amount"));

            JsonObject before = API.wallet("RWF");
            assertTrue(Api.control("/handset/approve", "{\"reference\":\"" + reference + "\",\"pin\":\"1234\"}")
                    .json().getBoolean("approved"));
            JsonObject hook = hooks.awaitAccepted(reference).body();
            assertEquals("transaction.completed", hook.getString("event"));
            assertEquals(90, hook.getInt("amount"));
            assertEquals(7, hook.getInt("fee"));
            assertEquals(97, hook.getInt("charged_amount"));
            assertEquals(90, hook.getInt("net_amount"));
            JsonObject after = API.wallet("RWF");
            assertEquals(new BigDecimal("90"), number(after, "net_incoming").subtract(number(before, "net_incoming")));
            assertEquals(new BigDecimal("97"), number(after, "total_incoming").subtract(number(before, "total_incoming")));
        }
    }

    @Test
    void anAmendmentAfterSuccessLeavesBalancesAndSettlementMovesWhatWasCredited() {
        // balance is compared with withdrawable_balance at the end: other tests' collections must not land
        // meanwhile (quiet before our own collection, which has to stay unsettled until it is amended)
        API.awaitQuietWallet("RWF");
        String reference = Api.reference("AMS");
        API.post("/api/init_payment", Requests.momo(reference, "http://127.0.0.1:9/closed")
                .add("simulation", Requests.simulation(null, "approved")));
        assertEquals("successful", API.finalStatus(reference));
        JsonObject before = API.wallet("RWF");
        Reply amended = amend("{\"reference\":\"" + reference + "\",\"amount\":1000,\"fee\":0}");
        assertEquals(200, amended.status(), amended.toString());
        assertEquals("successful", amended.string("status"));
        assertEquals(1000, API.transaction(reference).getInt("charged_amount"));
        JsonObject after = API.wallet("RWF");
        for (String key : List.of("balance", "total_incoming", "net_incoming")) {
            assertEquals(number(before, key), number(after, key), key + " is not re-adjusted");
        }
        // Settling 1000 instead of the 100 credited would fail or leave pending_balance off zero.
        Api.control("/settle-now", null);
        Api.await("everything to settle", Duration.ofSeconds(10), () -> API.wallet("RWF").getJsonNumber("pending_balance").bigDecimalValue().signum() == 0);
        assertEquals(number(before, "balance"), number(API.wallet("RWF"), "withdrawable_balance"));
    }

    @Test
    void anAmendedCompletedPayoutShowsTheNewFeeButKeepsItsDebit() {
        try (WebhookReceiver hooks = new WebhookReceiver()) {
            Api.control("/accounts/" + Api.ACCOUNT + "/top-up", "{\"currency\":\"RWF\",\"amount\":10000}");
            String reference = Api.reference("AMP");
            assertEquals(200, API.post("/api/init_payout", Requests.bankPayout(reference, hooks.url(), 1000, null)).status());
            assertEquals(500, hooks.awaitAccepted(reference).body().getInt("fee"));
            JsonObject before = API.wallet("RWF");
            Reply amended = amend("{\"reference\":\"" + reference + "\",\"account_number\":\"" + Api.ACCOUNT + "\",\"fee\":400}");
            assertEquals(Json.createObjectBuilder().add("reference", reference).add("amount", 1000).add("fee", 400)
                    .add("status", "successful").build(), amended.json());
            JsonObject status = API.transaction(reference);
            assertEquals(400, status.getInt("total_fee"));
            assertEquals(1400, status.getInt("charged_amount"));
            JsonObject after = API.wallet("RWF");
            for (String key : List.of("balance", "total_outgoing", "net_outgoing")) {
                assertEquals(number(before, key), number(after, key), key + " is not re-adjusted");
            }
        }
    }

    @Test
    void anAmendmentNeedsAKnownReferenceAndValidFigures() {
        String reference = Api.reference("AMB");
        API.post("/api/init_payment", Requests.momo(reference, "http://127.0.0.1:9/closed"));
        String ref = "{\"reference\":\"" + reference + "\"";
        Reply none = amend(ref + "}");
        assertEquals(400, none.status());
        assertEquals("10400", none.string("code"));
        assertEquals("is required when fee is not given", none.errors().getString("amount"));
        assertEquals("is required", amend("{\"amount\":900}").errors().getString("reference"));
        assertEquals("must be greater than 0", amend(ref + ",\"amount\":0}").errors().getString("amount"));
        assertEquals("must have at most 0 decimals in RWF", amend(ref + ",\"amount\":\"90.5\"}").errors().getString("amount"));
        assertEquals("must be 0 or more", amend(ref + ",\"fee\":-1}").errors().getString("fee"));
        assertEquals("must have at most 0 decimals in RWF", amend(ref + ",\"fee\":0.5}").errors().getString("fee"));
        assertEquals(400, amend("not json").status());

        Reply unknown = amend("{\"reference\":\"NOSUCHREF404\",\"amount\":900}");
        assertEquals(404, unknown.status());
        assertEquals("error", unknown.string("status"));
        assertEquals("404", unknown.string("code"));
        assertTrue(unknown.string("message").contains("NOSUCHREF404"));
        assertEquals(404, amend(ref + ",\"account_number\":\"" + SandboxServer.SECOND_ACCOUNT + "\",\"amount\":900}").status(),
                "another account's reference");

        assertEquals(100, API.transaction(reference).getInt("base_amount"), "nothing was changed");
    }
}
