package rw.paydesk.sandbox.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static rw.paydesk.sandbox.it.Contract.assertShape;

/** Each request example of the docs, sent to the sandbox, gets an answer shaped like the docs' response example. */
@ExtendWith(SandboxServer.class)
class ContractIT {

    private static final Api API = new Api();
    private static WebhookReceiver hooks;

    @BeforeAll
    static void fund() {
        hooks = new WebhookReceiver();
        assertEquals(200, Api.control("/accounts/ACC-2322-0001/top-up", "{\"currency\":\"RWF\",\"amount\":5000000}").status());
    }

    @Test
    void tokenRequest() {
        Reply r = Api.postJson(Api.api() + "/api/auth/token",
                "{\"account_number\":\"ACC-2322-0001\",\"client_secret\":\"sk_sandbox_abc123yoursandboxkey\"}", null, null);
        assertEquals(200, r.status());
        assertTrue(r.string("access_token").length() > 20);
        assertEquals(SandboxServer.TOKEN_LIFETIME_SECONDS, r.json().getInt("expires_in"));
    }

    @Test
    void createPaymentLink() {
        Reply r = API.post("/api/create-link", Requests.link(null));
        assertEquals(200, r.status(), r.toString());
        assertShape("""
                {"status": "success", "message": "Payment link created", "token": "kjaiudiudhuwiyheniiuweniofebuihfwiuewuwuebfiweuwewe",
                 "payment_link": "https://pay.digitalservicescenter/pay/kj89j87iukjf874ui87hde87uu87eiu",
                 "qr_code_url": "https://pay.digitalservicescenter/pay/qr/kj89j87iukjf874ui87hde87uu87eiu.png",
                 "expires_at": "2026-02-20T12:00:00Z"}""", r.json());
        assertEquals("Payment link created", r.string("message"));
        assertTrue(r.string("payment_link").endsWith("/pay/" + r.string("token")));
        assertTrue(r.string("expires_at").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
    }

    @Test
    void createPaymentLinkAtTheDocsDoubledPath() {
        Reply r = Api.postJson(Api.api() + "/api-v2/api/create-link", Requests.link(null).build().toString(), API.token(), null);
        assertEquals(200, r.status(), r.toString());
    }

    @Test
    void createPaymentLinkError() {
        Reply r = API.post("/api/create-link", Requests.link(null).add("payment_methods", Json.createArrayBuilder().add("CASH")));
        assertEquals(400, r.status());
        assertShape("""
                {"status": "error", "message": "Invalid payment method or missing parameter",
                 "errors": {"payment_methods": "Must include at least one valid payment method: CARD, MOMO"}}""", r.json());
        assertEquals("Must include at least one valid payment method: CARD, MOMO", r.errors().getString("payment_methods"));
    }

    @Test
    void initiateMobileMoneyPayment() {
        Reply r = API.post("/api/init_payment", Requests.momo(Api.reference("MMTEST"), hooks.url())
                .add("simulation", Requests.simulation("auth_pin", "approved")));
        assertEquals(200, r.status(), r.toString());
        assertShape("""
                {"status": "pending", "message": "Charge created", "code": "02", "transaction_id": 100, "tx_ref": "MM1764319676",
                 "payment_type": "mobile_money", "amount": 550, "currency": "RWF", "customer_id": "cus_haqG7fRTfv",
                 "reference": "MM1764319676", "network": "MTN", "phone_number": "0782589800", "fee": 39,
                 "next_action": {"type": "payment_instruction", "note": "Please authorise this payment on your mobile device..."}}""", r.json());
        assertEquals("pending", r.string("status"));
        assertEquals("02", r.string("code"));
        assertEquals("0782589800", r.string("phone_number"));
        assertEquals("payment_instruction", r.json().getJsonObject("next_action").getString("type"));
    }

    @Test
    void mobileMoneyErrorResponse() {
        Reply r = API.post("/api/init_payment", Requests.momo("MM_1764318847", hooks.url()));
        assertEquals(400, r.status());
        assertShape("""
                {"message": "Request is not valid", "code": "10400", "payment_type": "mobile_money",
                 "errors": {"reference": "must be an alphanumeric string"}}""", r.json());
        assertEquals("error", r.string("status"), "failed DGS validation");
    }

    @Test
    void initializeCardPaymentRequiresPin() {
        Reply r = API.post("/api/init_payment", Requests.card(Requests.encrypt(Requests.DOC_CARD), hooks.url()));
        assertEquals(200, r.status(), r.toString());
        assertShape("""
                {"status": "pending", "charge_id": "chg_ABC123XYZ", "transaction_id": "chg_ABC123XYZ", "amount": 150,
                 "currency": "USD", "customer_id": "cus_ABC123XYZ", "reference": "DGS-1764359999-8888", "processor_code": "02",
                 "next_action": {"type": "requires_pin", "requires_pin": true}}""", r.json());
        assertEquals("requires_pin", r.json().getJsonObject("next_action").getString("type"));
        assertTrue(r.string("charge_id").startsWith("chg_"));
    }

    @Test
    void pinOtpAndAvsAuthorizationExamples() {
        String charge = API.post("/api/init_payment", Requests.card(Requests.encrypt(Requests.DOC_CARD), hooks.url())
                .add("simulation", Requests.simulation("auth_pin", "approved"))).string("charge_id");
        Reply pin = API.post("/api/authorize_payment", Json.createObjectBuilder().add("charge_id", charge).add("method", "pin")
                .add("fields", Json.createObjectBuilder().add("encrypted_pin", "")));
        assertEquals(200, pin.status(), pin.toString());
        assertEquals("requires_otp", pin.json().getJsonObject("next_action").getString("type"));
        Reply otp = API.post("/api/authorize_payment", Json.createObjectBuilder().add("charge_id", charge).add("method", "otp")
                .add("fields", Json.createObjectBuilder().add("code", "123456")));
        assertEquals("success", otp.string("status"), otp.toString());
        assertFalse(otp.json().containsKey("next_action"), "complete only when success and no next_action");

        String avsCharge = API.post("/api/init_payment", Requests.card(Requests.encrypt(Requests.DOC_CARD), hooks.url())
                .add("simulation", Requests.simulation("auth_avs", "approved"))).string("charge_id");
        Reply avs = API.post("/api/authorize_payment", Json.createObjectBuilder().add("charge_id", avsCharge).add("method", "avs")
                .add("fields", Json.createObjectBuilder().add("city", "Gotham").add("state", "Colorado")
                        .add("line1", "221B Baker Street").add("country", "US").add("postal_code", "94105")));
        assertEquals("requires_otp", avs.json().getJsonObject("next_action").getString("type"), avs.toString());
    }

    @Test
    void bankPayoutAcknowledgementAndWebhook() {
        String reference = Api.reference("REF");
        Reply r = API.post("/api/init_payout", Requests.bankPayout(reference, hooks.url(), 1000, "successful"));
        assertEquals(200, r.status(), r.toString());
        assertShape("""
                {"status": "NEW", "message": "Transfer created", "code": null, "transfer_id": "trf_7nyftY7EzWWgv7",
                 "transaction_id": 97, "tx_ref": "DGSPAYOUT176588029657501", "payout_type": "bank", "amount": 1000,
                 "currency": "RWF", "fee": 500, "created_at": "2025-12-16T10:18:16.788Z",
                 "bank": {"account_number": "2323389387", "bank_code": "30", "branch": " ", "account_name": "Customer Payout"}}""", r.json());
        assertEquals(JsonObject.NULL, r.json().get("code"));
        assertEquals("30", r.json().getJsonObject("bank").getString("bank_code"));
        WebhookReceiver.Received hook = hooks.awaitAccepted(reference);
        assertShape("""
                {"event": "transaction.completed", "status": "success", "direction": "disbursement",
                 "reference": "5748745ug8ufdgjhveyebjhcdbchb", "transaction_id": "trf_yMZATJ11yVPNkZ", "amount": 50000,
                 "currency": "RWF", "fee": 500, "net_amount": 49500, "payout_type": "bank",
                 "beneficiary": {"type": "bank", "account_number": "0122333334", "bank_code": "044", "branch": " ", "name": null},
                 "actual_debit_amount": 50000, "vat": 3750, "rate_used": 0.00123, "metadata": {},
                 "proof": "504828363550713897092362940989"}""", hook.body());
        assertEquals(Api.WEBHOOK_SECRET, hook.secret());
        assertEquals(30, hook.body().getString("proof").length());
    }

    @Test
    void mobileMoneyPayoutAcknowledgement() {
        Reply r = API.post("/api/init_payout", Requests.mobilePayout(Api.reference("REF"), hooks.url(), 1000, "successful"));
        assertEquals(200, r.status(), r.toString());
        assertEquals("NEW", r.string("status"));
        assertEquals("mobile_money", r.string("payout_type"));
        assertEquals("250788123456", r.json().getJsonObject("mobile_money").getString("phone_number"));
    }

    @Test
    void walletBalances() {
        Reply all = API.post("/api/wallet", Json.createObjectBuilder().add("action", "balance"));
        assertShape("""
                {"status": "success", "environment": "live", "wallets": [{"currency": "RWF", "balance": 150000.00,
                 "withdrawable_balance": 120000.00, "pending_balance": 30000.00, "total_incoming": 200000.00,
                 "total_outgoing": 50000.00, "net_incoming": 200000.00, "net_outgoing": 50000.00}]}""", all.json());
        assertFalse(all.json().getJsonArray("wallets").isEmpty());
        Reply single = API.post("/api/wallet", Json.createObjectBuilder().add("action", "balance_single").add("currency", "RWF"));
        assertShape("""
                {"status": "success", "wallet": {"currency": "RWF", "balance": 150000.00, "withdrawable_balance": 120000.00,
                 "pending_balance": 30000.00, "total_incoming": 200000.00, "total_outgoing": 50000.00,
                 "net_incoming": 200000.00, "net_outgoing": 50000.00}}""", single.json());
        Reply shortPath = Api.postJson(Api.api() + "/wallet", "{\"action\":\"balance\"}", API.token(), null);
        assertEquals(200, shortPath.status(), "the /wallet form of the docs' heading");
    }

    @Test
    void transactionListAndStatus() {
        String reference = Api.reference("TXN");
        API.post("/api/init_payment", Requests.momo(reference, hooks.url()).add("simulation", Requests.simulation(null, "approved")));
        Reply list = API.post("/api/wallet", Json.createObjectBuilder().add("action", "transaction_list").add("limit", 20).add("offset", 0));
        String transaction = """
                {"id": 102, "direction": "collection", "reference": "TXN-2025-0002", "currency": "USD", "base_amount": 100.00,
                 "charged_amount": 102.00, "total_fee": 2.00, "client_net_amount": 100.00, "status": "successful",
                 "created_at": "2025-01-10 14:21:10", "updated_at": "2025-01-10 14:22:02"}""";
        assertShape("{\"status\": \"success\", \"limit\": 20, \"offset\": 0, \"count\": 1, \"transactions\": [" + transaction + "]}", list.json());
        assertEquals(20, list.json().getInt("limit"));
        Reply status = API.post("/api/wallet", Json.createObjectBuilder().add("action", "transaction_status").add("reference", reference));
        assertShape("{\"status\": \"success\", \"transaction\": " + transaction + "}", status.json());
        assertTrue(status.json().getJsonObject("transaction").getString("created_at").matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"));
    }

    @Test
    void sandboxFxRate() {
        Reply r = API.post("/api/fx-rate", Json.createObjectBuilder().add("source_currency", "USD")
                .add("destination_currency", "NGN").add("amount", 300));
        assertEquals(200, r.status(), r.toString());
        assertShape("""
                {"status": "success", "message": "Sandbox FX rate retrieved successfully", "rate_id": "sim_USD_NGN", "rate": 725,
                 "source": {"currency": "USD", "amount": 300}, "destination": {"currency": "NGN", "amount": 217500},
                 "created_at": "2026-01-07T12:45:00+00:00", "sandbox": true}""", r.json());
        assertEquals(725, r.json().getInt("rate"));
        assertEquals(217500, r.json().getJsonObject("destination").getInt("amount"));
        assertEquals("sim_USD_NGN", r.string("rate_id"));
        assertTrue(r.string("created_at").endsWith("+00:00"));
    }

    @Test
    void supportedBanks() {
        Reply r = API.get("/api/banks");
        assertEquals(200, r.status());
        assertTrue(r.json().getJsonArray("banks").stream()
                .anyMatch(b -> b.asJsonObject().getString("bank_code_name").equals("access_rwanda")));
    }
}
