package rw.paydesk.sandbox.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Payouts: the NEW acknowledgement, every simulation context, the final webhook and the balance it moves. */
@ExtendWith(SandboxServer.class)
class PayoutIT {

    private static final Api API = new Api();
    private static WebhookReceiver hooks;

    @BeforeAll
    static void fund() {
        hooks = new WebhookReceiver();
        assertEquals(200, Api.control("/accounts/ACC-2322-0001/top-up", "{\"currency\":\"RWF\",\"amount\":1000000}").status());
    }

    @AfterAll
    static void stop() {
        hooks.close();
    }

    private static long withdrawable() {
        return API.wallet("RWF").getJsonNumber("withdrawable_balance").longValue();
    }

    @Test
    void aSuccessfulBankPayoutDebitsAmountPlusFeeAndEndsInTheCompletedWebhook() {
        long before = withdrawable();
        String reference = Api.reference("PAY");
        Reply ack = API.post("/api/init_payout", Requests.bankPayout(reference, hooks.url(), 50000, "successful"));
        assertEquals("NEW", ack.string("status"), ack.toString());
        assertEquals(500, ack.json().getInt("fee"));
        assertEquals(before - 50500, withdrawable(), "reserved at once");
        JsonObject hook = hooks.awaitAccepted(reference).body();
        assertEquals("transaction.completed", hook.getString("event"));
        assertEquals("success", hook.getString("status"));
        assertEquals(50500, hook.getInt("actual_debit_amount"));
        assertEquals(50000, hook.getInt("net_amount"));
        assertEquals(90, hook.getInt("vat"));
        assertEquals(ack.string("transfer_id"), hook.getString("transaction_id"));
        assertEquals(before - 50500, withdrawable());
        assertEquals("successful", API.transaction(reference).getString("status"));
        JsonObject w = API.wallet("RWF");
        assertEquals(w.getJsonNumber("balance").longValue(),
                w.getJsonNumber("net_incoming").longValue() - w.getJsonNumber("total_outgoing").longValue(), "totals add up");
    }

    @Test
    void aBlockedBankFailsAndGivesTheFundsBack() {
        long before = withdrawable();
        String reference = Api.reference("BLK");
        Reply ack = API.post("/api/init_payout", Requests.mobilePayout(reference, hooks.url(), 2000, "blocked_bank"));
        assertEquals("NEW", ack.string("status"), ack.toString());
        JsonObject hook = hooks.awaitAccepted(reference).body();
        assertEquals("transaction.failed", hook.getString("event"));
        assertEquals("failed", hook.getString("status"));
        assertEquals(before, withdrawable());
        assertEquals("failed", API.transaction(reference).getString("status"));
    }

    @Test
    void insufficientBalanceIsRefusedAtOnce() {
        Reply simulated = API.post("/api/init_payout", Requests.bankPayout(Api.reference("INS"), hooks.url(), 1000, "insufficient_balance"));
        assertEquals(400, simulated.status());
        assertEquals("failed", simulated.string("status"));
        assertTrue(simulated.errors().containsKey("amount"));
        Api unfunded = new Api(SandboxServer.THIRD_ACCOUNT, SandboxServer.THIRD_SECRET);
        String reference = Api.reference("INS");
        Reply real = unfunded.post("/api/init_payout", Requests.bankPayout(reference, hooks.url(), 1000, null));
        assertEquals(400, real.status(), real.toString());
        assertEquals("failed", real.string("status"));
        assertEquals(404, unfunded.post("/api/wallet", jakarta.json.Json.createObjectBuilder().add("action", "transaction_status")
                .add("reference", reference)).status(), "no transfer was created");
        assertEquals(200, Api.control("/accounts/" + SandboxServer.THIRD_ACCOUNT + "/top-up", "{\"currency\":\"RWF\",\"amount\":1500}").status());
        assertEquals("NEW", unfunded.post("/api/init_payout", Requests.bankPayout(reference, hooks.url(), 1000, null)).string("status"),
                "once funded, the same reference goes through");
        assertEquals(0, unfunded.wallet("RWF").getInt("withdrawable_balance"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"amount_below_limit_error", "amount_exceed_limit_error"})
    void limitContextsAreValidationErrors(String context) {
        Reply r = API.post("/api/init_payout", Requests.bankPayout(Api.reference("LIM"), hooks.url(), 1000, context));
        assertEquals(400, r.status());
        assertEquals("10400", r.string("code"));
        assertTrue(r.errors().containsKey("amount"));
    }

    @Test
    void aReusedReferenceIsRefusedLikeTheDuplicateContext() {
        Reply simulated = API.post("/api/init_payout", Requests.bankPayout(Api.reference("DUP"), hooks.url(), 1000, "duplicate_reference"));
        assertEquals(400, simulated.status());
        String reference = Api.reference("DUP");
        assertEquals(200, API.post("/api/init_payout", Requests.bankPayout(reference, hooks.url(), 1000, null)).status());
        long before = withdrawable();
        Reply reused = API.post("/api/init_payout", Requests.bankPayout(reference, hooks.url(), 1000, null));
        assertEquals(400, reused.status());
        assertEquals(simulated.errors().getString("reference"), reused.errors().getString("reference"));
        assertEquals(before, withdrawable(), "no second debit");
    }
}
