package rw.paydesk.sandbox.it;

import jakarta.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fault injection and counters, as PayDesk's tests will use them. */
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
}
