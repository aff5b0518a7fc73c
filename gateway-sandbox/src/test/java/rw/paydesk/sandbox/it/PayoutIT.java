package rw.paydesk.sandbox.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

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
        // the tests compare withdrawable_balance before and after a payout: earlier classes' collections
        // of this account must not settle into it (2 s after success, in the background) meanwhile
        API.awaitQuietWallet("RWF");
    }

    @AfterAll
    static void stop() {
        hooks.close();
    }

    private static long withdrawable() {
        return API.wallet("RWF").getJsonNumber("withdrawable_balance").longValue();
    }

    private static BigDecimal withdrawable(Api merchant, String currency) {
        return merchant.wallet(currency).getJsonNumber("withdrawable_balance").bigDecimalValue();
    }

    private static BigDecimal number(JsonObject json, String key) {
        return json.getJsonNumber(key).bigDecimalValue();
    }

    /** Compares amounts as the wire writes them, so 120.50 and 120.5 are the same amount. */
    private static void assertAmount(String expected, BigDecimal actual, String what) {
        assertEquals(new BigDecimal(expected).stripTrailingZeros().toPlainString(), actual.stripTrailingZeros().toPlainString(), what);
    }

    private static Api usdMerchant() {
        Reply topUp = Api.control("/accounts/" + SandboxServer.THIRD_ACCOUNT + "/top-up", "{\"currency\":\"USD\",\"amount\":1000}");
        assertEquals(200, topUp.status(), topUp.toString());
        assertEquals("USD", topUp.string("currency"));
        return new Api(SandboxServer.THIRD_ACCOUNT, SandboxServer.THIRD_SECRET);
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
        assertEquals(404, unfunded.post("/api/wallet", Json.createObjectBuilder().add("action", "transaction_status")
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

    @Test
    void aUsdWalletPaysAnRwfBankAccountAtTheQuotedRate() {
        Api merchant = usdMerchant();
        BigDecimal usdBefore = withdrawable(merchant, "USD");
        BigDecimal rwfBefore = withdrawable(merchant, "RWF");
        Reply quote = merchant.post("/api/fx-rate", Json.createObjectBuilder()
                .add("source_currency", "USD").add("destination_currency", "RWF").add("amount", new BigDecimal("120.5")));
        assertEquals(200, quote.status(), quote.toString());
        String reference = Api.reference("USD");
        Reply ack = merchant.post("/api/init_payout", Requests.fromWallet(Requests.bankPayout(reference, hooks.url(), 1, "successful"),
                "USD", "RWF", new BigDecimal("120.5"), quote.string("rate_id")));
        assertEquals("NEW", ack.string("status"), ack.toString());
        assertEquals("USD", ack.string("currency"));
        assertAmount("120.5", number(ack.json(), "amount"), "the amount debited, in USD");
        assertAmount("0.34", number(ack.json(), "fee"), "500 RWF in USD");
        assertAmount("174725", number(ack.json(), "destination_amount"), "what the beneficiary receives");
        assertEquals(number(quote.json().getJsonObject("destination"), "amount"), number(ack.json(), "destination_amount"), "as quoted");
        assertEquals("RWF", ack.string("destination_currency"));
        assertAmount(usdBefore.subtract(new BigDecimal("120.84")).toPlainString(), withdrawable(merchant, "USD"),
                "amount + fee reserved from the USD wallet");
        assertAmount(rwfBefore.toPlainString(), withdrawable(merchant, "RWF"), "the RWF wallet is not touched");

        JsonObject hook = hooks.awaitAccepted(reference).body();
        assertEquals("transaction.completed", hook.getString("event"));
        assertEquals("USD", hook.getString("currency"));
        assertAmount("1450", number(hook, "rate_used"), "the sandbox's USD to RWF rate");
        assertEquals(number(quote.json(), "rate"), number(hook, "rate_used"), "the quoted rate");
        assertAmount("174725", number(hook, "destination_amount"), "120.5 USD at 1450");
        assertEquals("RWF", hook.getString("destination_currency"));
        assertAmount("120.84", number(hook, "actual_debit_amount"), "amount + fee in USD");
        assertAmount("120.5", number(hook, "net_amount"), "the amount in USD");
        assertAmount(usdBefore.subtract(new BigDecimal("120.84")).toPlainString(), withdrawable(merchant, "USD"), "after completion");
        JsonObject listed = merchant.transaction(reference);
        assertEquals("successful", listed.getString("status"));
        assertEquals("USD", listed.getString("currency"), "the wallet API reports the debit side");
    }

    @Test
    void aFailedUsdPayoutGivesAmountAndFeeBackToTheUsdWallet() {
        Api merchant = usdMerchant();
        BigDecimal before = withdrawable(merchant, "USD");
        String reference = Api.reference("UBL");
        Reply ack = merchant.post("/api/init_payout", Requests.fromWallet(Requests.mobilePayout(reference, hooks.url(), 1, "blocked_bank"),
                "USD", "RWF", new BigDecimal("5"), null));
        assertEquals("NEW", ack.string("status"), ack.toString());
        assertAmount("0.07", number(ack.json(), "fee"), "the 100 RWF minimum in USD");
        assertAmount(before.subtract(new BigDecimal("5.07")).toPlainString(), withdrawable(merchant, "USD"), "reserved");
        JsonObject hook = hooks.awaitAccepted(reference).body();
        assertEquals("transaction.failed", hook.getString("event"));
        assertAmount("7250", number(hook, "destination_amount"), "5 USD at the current rate");
        assertAmount(before.toPlainString(), withdrawable(merchant, "USD"), "given back");
    }

    @Test
    void aRateIdQuotedForAnotherPairIsRefused() {
        Api merchant = usdMerchant();
        BigDecimal before = withdrawable(merchant, "USD");
        String eurRate = merchant.post("/api/fx-rate", Json.createObjectBuilder()
                .add("source_currency", "EUR").add("destination_currency", "RWF").add("amount", 100)).string("rate_id");
        String reference = Api.reference("RID");
        Reply r = merchant.post("/api/init_payout", Requests.fromWallet(Requests.bankPayout(reference, hooks.url(), 1, null),
                "USD", "RWF", new BigDecimal("100"), eurRate));
        assertEquals(400, r.status(), r.toString());
        assertEquals("error", r.string("status"));
        assertEquals("10400", r.string("code"));
        assertTrue(r.errors().containsKey("rate_id"), r.toString());
        assertEquals(404, merchant.post("/api/wallet", Json.createObjectBuilder().add("action", "transaction_status")
                .add("reference", reference)).status(), "no transfer was created");
        assertAmount(before.toPlainString(), withdrawable(merchant, "USD"), "nothing reserved");
    }

    @Test
    void rwfFundsDoNotPayAPayoutFromTheEmptyEurWallet() {
        assertTrue(withdrawable() > 0, "the RWF wallet is funded");
        assertEquals(0, API.wallet("EUR").getJsonNumber("withdrawable_balance").bigDecimalValue().signum());
        String reference = Api.reference("EUR");
        Reply r = API.post("/api/init_payout", Requests.fromWallet(Requests.bankPayout(reference, hooks.url(), 1, null),
                "EUR", "RWF", new BigDecimal("100"), "sim_EUR_RWF"));
        assertEquals(400, r.status(), r.toString());
        assertEquals("failed", r.string("status"));
        assertTrue(r.errors().getString("amount").contains("EUR"), r.toString());
        assertEquals(404, API.post("/api/wallet", Json.createObjectBuilder().add("action", "transaction_status")
                .add("reference", reference)).status(), "no transfer was created");
    }

    @Test
    void theBeneficiaryIsStillPaidInRwfOnly() {
        Reply r = API.post("/api/init_payout", Requests.fromWallet(Requests.bankPayout(Api.reference("NGN"), hooks.url(), 1, null),
                "USD", "NGN", new BigDecimal("100"), "sim_USD_NGN"));
        assertEquals(400, r.status(), r.toString());
        assertEquals("error", r.string("status"));
        assertTrue(r.errors().containsKey("destination_currency"), r.toString());
    }
}
