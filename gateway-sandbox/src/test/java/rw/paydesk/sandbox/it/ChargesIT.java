package rw.paydesk.sandbox.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The charges API end to end: API-key authentication, validation, and each way a charge ends,
 * reported by webhook to the account's default webhook URL and visible in the wallet API.
 */
@ExtendWith(SandboxServer.class)
class ChargesIT {

    private static final String KEY = SandboxServer.CHARGES_SECRET;
    private static final Api WALLET = new Api(SandboxServer.CHARGES_ACCOUNT, SandboxServer.CHARGES_SECRET);

    private static WebhookReceiver hooks() {
        return SandboxServer.get().accountWebhooks();
    }

    private static JsonObject charge(String phone) {
        return charge(ChargeRequests.docsExample(phone));
    }

    private static JsonObject charge(JsonObjectBuilder body) {
        Reply r = ChargeRequests.charge(KEY, body);
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    private static long transactions() {
        Reply r = WALLET.post("/api/wallet", Json.createObjectBuilder().add("action", "transaction_list").add("limit", 1));
        return r.json().getJsonNumber("total").longValue();
    }

    private static void assertRefusedWith(int status, Reply r) {
        assertEquals(status, r.status(), r.toString());
        assertEquals("error", r.string("status"));
        assertEquals(Integer.toString(status), r.string("code"));
        assertFalse(r.string("message").isBlank());
        assertEquals(r.string("message"), r.string("error"), "the v2 API's refusal shape");
    }

    @Test
    void withoutAValidApiKeyNothingIsCharged() {
        long before = transactions();
        String valid = ChargeRequests.docsExample(ChargeRequests.SUCCEEDS_AT_ONCE).build().toString();
        assertRefusedWith(401, ChargeRequests.charge(null, valid));
        assertRefusedWith(401, ChargeRequests.charge("", valid));
        assertRefusedWith(401, ChargeRequests.charge("sk_sandbox_not_a_key", valid));
        assertRefusedWith(401, ChargeRequests.charge(SandboxServer.CHARGES_ACCOUNT, valid));
        assertRefusedWith(401, ChargeRequests.charge("sk_live_abc123", valid));
        Reply bearer = Api.postJson(ChargeRequests.url(), valid, Map.of("Authorization", "Bearer " + WALLET.token()));
        assertRefusedWith(401, bearer);
        assertEquals(before, transactions(), "no charge was created");
    }

    @Test
    void anAccountWithoutPayinMobileIsForbidden() {
        Reply r = ChargeRequests.charge(SandboxServer.CARDS_ONLY_SECRET, ChargeRequests.docsExample(ChargeRequests.SUCCEEDS_AT_ONCE));
        assertRefusedWith(403, r);
        assertTrue(r.string("message").contains("PAYIN_MOBILE"), r.toString());
    }

    @Test
    void invalidFieldsAreNamedAsInTheRequest() {
        long before = transactions();
        Reply r = ChargeRequests.charge(KEY, ChargeRequests.docsExample(ChargeRequests.SUCCEEDS_AT_ONCE)
                .add("amount", 0)
                .add("customer_phone", "250789654321")
                .add("mobile_money_network", "Tigo")
                .add("redirect_url", "http://yourdomain.com/payment-success"));
        assertEquals(400, r.status(), r.toString());
        assertEquals("error", r.string("status"));
        assertEquals("10400", r.string("code"));
        assertEquals(Set.of("amount", "customer_phone", "mobile_money_network", "redirect_url"), r.errors().keySet());

        Reply mismatch = ChargeRequests.charge(KEY, ChargeRequests.docsExample("722123456"));
        assertEquals(400, mismatch.status(), mismatch.toString());
        assertTrue(mismatch.errors().getString("mobile_money_phone").contains("Airtel number"), mismatch.toString());

        Reply notJson = ChargeRequests.charge(KEY, "amount=2000");
        assertEquals(400, notJson.status());
        assertTrue(notJson.errors().containsKey("body"), notJson.toString());
        assertEquals(before, transactions(), "no charge was created");
    }

    @Test
    void approvedOnTheHandsetTheChargeSucceedsAndTheMerchantIsPaid() {
        JsonObject before = WALLET.wallet("RWF");
        JsonObject r = charge(ChargeRequests.DOCS_PHONE);
        String reference = r.getString("dgs_reference");
        String id = r.getString("transaction_id");
        assertEquals("pending", r.getString("transaction_status"));
        assertEquals("pending", WALLET.transaction(reference).getString("status"));

        String handset = Api.getUrl(r.getString("next_action_redirect_url")).text();
        assertTrue(handset.contains("/handset/" + id + "/approve"), "the redirect page offers this prompt");
        assertTrue(handset.contains("2140 RWF"), "the customer is asked for the amount plus the fee");
        assertEquals(303, Api.postForm(Api.base() + "/handset/" + id + "/approve", Map.of("pin", "1234")).status());

        WebhookReceiver.Received hook = hooks().awaitAccepted(reference);
        JsonObject body = hook.body();
        assertEquals(SandboxServer.CHARGES_WEBHOOK_SECRET, hook.secret());
        assertEquals("transaction.completed", body.getString("event"));
        assertEquals("successful", body.getString("status"));
        assertEquals("collection", body.getString("direction"));
        assertEquals(reference, body.getString("dgs_reference"));
        assertEquals(reference, body.getString("reference"));
        assertEquals(Long.parseLong(id), body.getJsonNumber("transaction_id").longValue());
        assertEquals(2000, body.getInt("amount"));
        assertEquals("RWF", body.getString("currency"));
        assertEquals("mobile_money", body.getString("payment_type"));
        assertEquals(140, body.getInt("fee"), "the v2 mobile-money fee, 7 % rounded up");
        assertEquals("MTN", body.getString("network"));
        assertEquals("jane.doe@example.com", body.getJsonObject("customer").getString("email"));

        JsonObject status = WALLET.transaction(reference);
        assertEquals("successful", status.getString("status"));
        assertEquals(id, status.getString("transaction_id"));
        assertEquals(2000, status.getInt("base_amount"));
        assertEquals(140, status.getInt("total_fee"));
        assertEquals(2140, status.getInt("charged_amount"));
        Reply list = WALLET.post("/api/wallet", Json.createObjectBuilder().add("action", "transaction_list").add("limit", 50));
        assertTrue(list.json().getJsonArray("transactions").stream().map(JsonObject.class::cast)
                .anyMatch(t -> t.getString("reference").equals(reference) && t.getString("status").equals("successful")
                        && t.getInt("base_amount") == 2000), list.toString());

        JsonObject after = WALLET.wallet("RWF");
        assertEquals(before.getInt("balance") + 2000, after.getInt("balance"));
        assertEquals(before.getInt("total_incoming") + 2140, after.getInt("total_incoming"));
    }

    @Test
    void declinedOnTheHandsetTheChargeFails() {
        JsonObject before = WALLET.wallet("RWF");
        String reference = charge(ChargeRequests.DOCS_PHONE).getString("dgs_reference");
        Reply r = Api.control("/handset/decline", Json.createObjectBuilder().add("reference", reference)
                .add("account_number", SandboxServer.CHARGES_ACCOUNT).build().toString());
        assertEquals(200, r.status(), r.toString());
        assertTrue(r.json().getBoolean("declined"));
        JsonObject hook = hooks().awaitAccepted(reference).body();
        assertEquals("transaction.failed", hook.getString("event"));
        assertEquals("failed", hook.getString("status"));
        assertEquals("Declined by the customer", hook.getString("reason"));
        assertEquals(reference, hook.getString("dgs_reference"));
        assertEquals("failed", WALLET.transaction(reference).getString("status"));
        assertEquals(before.getInt("balance"), WALLET.wallet("RWF").getInt("balance"));
    }

    @Test
    void anUnansweredChargeFailsAfterTheTimeout() {
        String reference = charge(ChargeRequests.DOCS_PHONE).getString("dgs_reference");
        WebhookReceiver.Received hook = hooks().awaitAccepted(reference);
        assertEquals("failed", hook.body().getString("status"));
        assertTrue(hook.body().getString("reason").startsWith("Timed out"), hook.body().toString());
        assertEquals("failed", WALLET.transaction(reference).getString("status"));
    }

    @Test
    void immediateOutcomesAreFinalInTheAnswerAndStillSendTheirWebhook() {
        JsonObject before = WALLET.wallet("RWF");
        JsonObject paid = charge(ChargeRequests.docsExample("720000001").add("mobile_money_network", "airtel"));
        String paidReference = paid.getString("dgs_reference");
        assertEquals("successful", paid.getString("transaction_status"));
        assertEquals("Airtel", paid.getString("mobile_money_network"));
        assertEquals("successful", WALLET.transaction(paidReference).getString("status"), "final when answered");
        assertEquals(before.getInt("balance") + 2000, WALLET.wallet("RWF").getInt("balance"), "credited when answered");
        JsonObject paidHook = hooks().awaitAccepted(paidReference).body();
        assertEquals("successful", paidHook.getString("status"));
        assertEquals("Airtel", paidHook.getString("network"));

        JsonObject declined = charge(ChargeRequests.DECLINED_AT_ONCE);
        String declinedReference = declined.getString("dgs_reference");
        assertEquals("failed", declined.getString("status"));
        assertEquals("failed", WALLET.transaction(declinedReference).getString("status"));
        JsonObject declinedHook = hooks().awaitAccepted(declinedReference).body();
        assertEquals("failed", declinedHook.getString("status"));
        assertEquals("Insufficient funds", declinedHook.getString("reason"));
        assertEquals(before.getInt("balance") + 2000, WALLET.wallet("RWF").getInt("balance"), "a decline credits nothing");
        assertEquals(1, hooks().about(paidReference).size());
        assertEquals(1, hooks().about(declinedReference).size());
    }

    @Test
    void delayedTestNumbersEndWithoutTheCustomer() {
        JsonObject later = charge(ChargeRequests.SUCCEEDS_LATER);
        JsonObject failing = charge(ChargeRequests.FAILS_LATER);
        assertEquals("pending", later.getString("transaction_status"));
        assertEquals("pending", failing.getString("transaction_status"));
        assertEquals("successful", hooks().awaitAccepted(later.getString("dgs_reference")).body().getString("status"));
        JsonObject failed = hooks().awaitAccepted(failing.getString("dgs_reference")).body();
        assertEquals("failed", failed.getString("status"));
        assertEquals("Insufficient funds", failed.getString("reason"));
        assertEquals("successful", WALLET.transaction(later.getString("dgs_reference")).getString("status"));
    }

    @Test
    void aRefusedWebhookIsRetried() {
        hooks().answeringNext(500);
        String reference = charge(ChargeRequests.SUCCEEDS_AT_ONCE).getString("dgs_reference");
        hooks().awaitAccepted(reference);
        List<WebhookReceiver.Received> calls = hooks().about(reference);
        assertEquals(List.of(500, 200), calls.stream().map(WebhookReceiver.Received::answeredWith).toList());
        assertEquals(calls.get(0).body(), calls.get(1).body(), "the same payload again");
    }

    @Test
    void injectedFaultsApplyToCharges() {
        long before = transactions();
        assertEquals(200, Api.control("/faults", "{\"mode\":\"500\",\"operation\":\"charges\"}").status());
        Reply failed = ChargeRequests.charge(KEY, ChargeRequests.docsExample(ChargeRequests.SUCCEEDS_AT_ONCE));
        assertEquals(500, failed.status(), failed.toString());
        assertEquals(before, transactions(), "not processed");
        String reference = charge(ChargeRequests.SUCCEEDS_AT_ONCE).getString("dgs_reference");
        hooks().awaitAccepted(reference);
    }
}
