package rw.paydesk.sandbox.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static rw.paydesk.sandbox.it.RwandaPayClient.data;

/**
 * Each request example of the Rwanda Pay docs, sent as printed (only references and URLs made
 * unique or local), answered with the docs' field names and JSON types.
 */
@ExtendWith(SandboxServer.class)
class RwandaPayContractIT {

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

    /** The docs' collect request, with its own reference and the test's webhook endpoint. */
    private static String docsCollect(String reference) {
        return """
                {
                "amount": 5000,
                "phone": "0788123456",
                "provider": "MTN",
                "reference": "%s",
                "callback_url": "%s",
                "metadata": {
                "customer_name": "John Doe",
                "product_id": "123"
                }
                }""".formatted(reference, hooks.url());
    }

    @Test
    void collect() {
        Reply r = API.post("/payments/collect", docsCollect(Api.reference("INV-")), "UNIQUE_KEY_32_CHARS_" + Api.reference("C"), null);
        assertEquals(201, r.status(), r.toString());
        Contract.assertShape("""
                {
                "status": "success",
                "data": {
                "reference": "PAY-20241215-ABC123",
                "status": "pending",
                "amount": 5000,
                "fee": 175,
                "net_amount": 4825,
                "currency": "RWF",
                "payment_url": "https://pay.rwandapay.rw/pay/ABC123",
                "expires_at": "2024-12-15T14:30:00Z"
                }
                }""", r.json());
        JsonObject data = r.json().getJsonObject("data");
        assertEquals(175, data.getInt("fee"));
        assertEquals(4825, data.getInt("net_amount"));
        assertTrue(data.getString("expires_at").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), data.toString());
        assertTrue(data.getString("payment_url").startsWith(Api.base() + "/rwandapay/pay/"), data.toString());
    }

    @Test
    void paymentStatusAndWebhookBody() {
        String merchantRef = Api.reference("INV-");
        String reference = data(API.post("/payments/collect", docsCollect(merchantRef), null, null), 201).getString("reference");
        API.awaitFinal(reference);
        Contract.assertShape("""
                {
                "status": "success",
                "data": {
                "reference": "PAY-20241215-ABC123",
                "status": "successful",
                "amount": 5000,
                "fee": 175,
                "net_amount": 4825,
                "provider": "MTN",
                "customer_phone": "0788123456",
                "paid_at": "2024-12-15T14:25:30Z"
                }
                }""", API.get("/payments/" + reference).json());

        WebhookReceiver.Received hook = hooks.await(reference, h -> h.body().getString("event").equals("payment.successful"));
        // The docs' webhook example: metadata is the payment's own, so its keys are compared separately.
        Contract.assertShape("""
                {
                "event": "payment.successful",
                "data": {
                "reference": "PAY-20241215-ABC123",
                "amount": 5000,
                "currency": "RWF",
                "status": "successful",
                "customer": {
                "name": "John Doe",
                "phone": "0788123456",
                "email": null
                },
                "paid_at": "2024-12-15T14:25:30Z",
                "fee": 175,
                "net_amount": 4825,
                "metadata": {}
                }
                }""", hook.body());
        assertEquals("123", hook.body().getJsonObject("data").getJsonObject("metadata").getString("product_id"));
        assertEquals(merchantRef, hook.body().getJsonObject("data").getString("merchant_reference"));
    }

    @Test
    void refund() {
        String reference = data(API.post("/payments/collect", docsCollect(Api.reference("INV-")), null, null), 201).getString("reference");
        API.awaitFinal(reference);
        Reply r = API.post("/payments/" + reference + "/refund", """
                {
                "amount": 5000,
                "reason": "Customer requested refund"
                }""", null, null);
        assertEquals(201, r.status(), r.toString());
        Contract.assertShape("""
                {"status": "success", "data": {"refund_reference": "RFD-20241215-ABC123", "payment_reference": "PAY-20241215-ABC123",
                 "amount": 5000, "status": "successful", "refunded_total": 5000, "payment_status": "refunded"}}""", r.json());
    }

    @Test
    void checkout() {
        Reply r = API.post("/checkout/initialize", """
                {
                "amount": 5000,
                "currency": "RWF",
                "customer": {
                "name": "John Doe",
                "email": "john@example.com",
                "phone": "0788123456"
                },
                "tx_ref": "%s",
                "redirect_url": "https://yourdomain.com/callback",
                "webhook_url": "%s",
                "meta": {
                "order_id": "ORD-12345"
                }
                }""".formatted(Api.reference("UNIQUE_REFERENCE_"), hooks.url()), null, null);
        assertEquals(201, r.status(), r.toString());
        Contract.assertShape("""
                {
                "status": "success",
                "data": {
                "session_id": "CHK-ABC123DEF456",
                "reference": "UNIQUE_REFERENCE",
                "payment_url": "https://pay.rwandapay.rw/checkout/CHK-ABC123DEF456",
                "expires_at": "2024-12-15T15:00:00Z",
                "amount": 5000
                }
                }""", r.json());
        assertEquals(200, Api.getUrl(r.json().getJsonObject("data").getString("payment_url")).status());
    }

    @Test
    void withdrawal() {
        Reply r = API.post("/withdrawals", """
                {
                "amount": 10000,
                "phone": "0788123456",
                "provider": "MTN",
                "pin": "1234"
                }""", null, null);
        assertEquals(201, r.status(), r.toString());
        Contract.assertShape("""
                {"status": "success", "data": {"reference": "WDR-20241215-ABC123", "status": "pending", "amount": 10000,
                 "fee": 0, "phone": "0788123456", "provider": "MTN"}}""", r.json());
    }

    @Test
    void balance() {
        Reply r = API.get("/balance");
        assertEquals(200, r.status(), r.toString());
        Contract.assertShape("""
                {
                "status": "success",
                "data": {
                "balance": 1250000.00,
                "currency": "RWF",
                "available_balance": 1200000.00,
                "pending_balance": 50000.00
                }
                }""", r.json());
        JsonObject data = r.json().getJsonObject("data");
        assertEquals(data.getJsonNumber("balance").longValue(),
                data.getJsonNumber("available_balance").longValue() + data.getJsonNumber("pending_balance").longValue());
    }

    @Test
    void errorsUseTheDocsMessages() {
        Reply r = API.post("/payments/collect", Json.createObjectBuilder().add("amount", 5000));
        Contract.assertShape("""
                {"status": "error", "code": 422, "message": "Validation Error", "errors": {"phone": "is required"}}""", r.json());
        assertEquals(422, r.status());
    }
}
