package rw.paydesk.sandbox.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mobile-money outcomes: simulated, decided on the virtual handset, or timed out; each ends in a webhook. */
@ExtendWith(SandboxServer.class)
class MobileMoneyIT {

    private static final Api API = new Api();
    private static WebhookReceiver hooks;

    @BeforeAll
    static void receiver() {
        hooks = new WebhookReceiver();
    }

    @AfterAll
    static void stop() {
        hooks.close();
    }

    @ParameterizedTest
    @CsvSource({"auth_pin,approved,successful", "auth_pin,insufficient_funds,failed", "auth_pin_3ds,incorrect_pin,failed",
            "auth_3ds,expired_card,failed", "auth_avs,blocked_first_use,failed", ",exceeds_withdrawal_limit,failed",
            "auth_pin,,successful"})
    void theSimulationDecidesTheOutcome(String context, String response, String expected) {
        String reference = Api.reference("SIM");
        Reply r = API.post("/api/init_payment", Requests.momo(reference, hooks.url()).add("simulation", Requests.simulation(context, response)));
        assertEquals("pending", r.string("status"), r.toString());
        assertEquals(expected, API.finalStatus(reference));
        WebhookReceiver.Received hook = hooks.awaitAccepted(reference);
        assertEquals(expected, hook.body().getString("status"));
        assertEquals(expected.equals("successful") ? "transaction.completed" : "transaction.failed", hook.body().getString("event"));
        assertEquals(Api.WEBHOOK_SECRET, hook.secret());
        assertEquals("collection", hook.body().getString("direction"));
    }

    @Test
    void withoutSimulationTheCustomerApprovesOnTheHandset() {
        String reference = Api.reference("HND");
        API.post("/api/init_payment", Requests.momo(reference, hooks.url()));
        assertTrue(Api.getUrl(Api.base() + "/handset").text().contains(reference), "the prompt is on the virtual handset");
        assertEquals("pending", API.transaction(reference).getString("status"));
        long id = API.transaction(reference).getJsonNumber("id").longValue();
        Reply badPin = Api.postForm(Api.base() + "/handset/" + id + "/approve", Map.of("pin", "12"));
        assertEquals(303, badPin.status());
        assertEquals("pending", API.transaction(reference).getString("status"), "a malformed PIN changes nothing");
        Reply approve = Api.postForm(Api.base() + "/handset/" + id + "/approve", Map.of("pin", "1234"));
        assertEquals(303, approve.status());
        assertEquals("successful", API.transaction(reference).getString("status"));
        assertEquals("successful", hooks.awaitAccepted(reference).body().getString("status"));
        Reply late = Api.postForm(Api.base() + "/handset/" + id + "/decline", Map.of());
        assertEquals(303, late.status());
        assertEquals("successful", API.transaction(reference).getString("status"), "state only moves forward");
    }

    @Test
    void theCustomerCanDecline() {
        String reference = Api.reference("DCL");
        API.post("/api/init_payment", Requests.momo(reference, hooks.url()));
        Reply r = Api.control("/handset/decline", "{\"reference\":\"" + reference + "\"}");
        assertEquals(200, r.status(), r.toString());
        assertTrue(r.json().getBoolean("declined"));
        assertEquals("failed", API.transaction(reference).getString("status"));
        assertEquals("Declined by the customer", hooks.awaitAccepted(reference).body().getString("reason"));
    }

    @Test
    void anUnansweredPromptTimesOut() {
        String reference = Api.reference("TMO");
        API.post("/api/init_payment", Requests.momo(reference, hooks.url()));
        Api.await("the time-out", Duration.ofSeconds(SandboxServer.MOMO_TIMEOUT_SECONDS + 10),
                () -> API.transaction(reference).getString("status").equals("failed"));
        assertTrue(API.transaction(reference).getString("reason").startsWith("Timed out"));
        Reply late = Api.control("/handset/approve", "{\"reference\":\"" + reference + "\",\"pin\":\"1234\"}");
        assertEquals(false, late.json().getBoolean("approved"), "a late approval cannot revive it");
        // the failure webhook is sent asynchronously: wait for it, then make sure it is the only one
        hooks.awaitAccepted(reference);
        assertEquals(1, hooks.about(reference).size());
    }

    @Test
    void aSuccessfulCollectionLandsInPendingThenSettles() {
        String reference = Api.reference("SET");
        Api other = new Api(SandboxServer.SECOND_ACCOUNT, SandboxServer.SECOND_SECRET);
        var before = other.wallet("RWF");
        other.post("/api/init_payment", Requests.momo(reference, hooks.url()).add("simulation", Requests.simulation(null, "approved")));
        assertEquals("successful", other.finalStatus(reference));
        var after = other.wallet("RWF");
        int credited = after.getInt("pending_balance") + after.getInt("withdrawable_balance")
                - before.getInt("pending_balance") - before.getInt("withdrawable_balance");
        assertEquals(100, credited, "the merchant gets the amount; the customer paid the fee on top");
        assertEquals(after.getInt("balance"), after.getInt("withdrawable_balance") + after.getInt("pending_balance"));
        Api.await("settlement", Duration.ofSeconds(15), () -> other.wallet("RWF").getInt("pending_balance") == 0);
        var settled = other.wallet("RWF");
        assertEquals(before.getInt("withdrawable_balance") + 100, settled.getInt("withdrawable_balance"));
        assertEquals(settled.getInt("balance"), settled.getInt("net_incoming") - settled.getInt("total_outgoing"));
        assertEquals(SandboxServer.SECOND_WEBHOOK_SECRET, hooks.awaitAccepted(reference).secret());
    }
}
