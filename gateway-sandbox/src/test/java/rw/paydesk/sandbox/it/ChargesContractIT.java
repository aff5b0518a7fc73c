package rw.paydesk.sandbox.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static rw.paydesk.sandbox.it.Contract.assertShape;

/**
 * The charges API's request example, sent to the sandbox with the default account's key, gets
 * each of the three documented responses with exactly the docs' fields.
 */
@ExtendWith(SandboxServer.class)
class ChargesContractIT {

    private static final String PENDING = """
            {"status": "success", "message": "Charge initiated", "transaction_id": "123456789",
             "dgs_reference": "dgs_123456789", "amount": 2000, "currency": "RWF", "transaction_status": "pending",
             "payment_method_type": "mobile_money", "next_action_type": "redirect_url",
             "next_action_redirect_url": "https://provider.com/authorize",
             "display_text": "Complete payment on your mobile device"}""";
    private static final String SUCCESSFUL = """
            {"status": "success", "message": "Payment completed", "transaction_id": "987654321",
             "dgs_reference": "dgs_987654321", "amount": 2000, "currency": "RWF", "transaction_status": "successful",
             "payment_method_type": "mobile_money", "mobile_money_network": "MTN", "mobile_money_phone": "789654321",
             "mobile_money_country_code": "250"}""";
    private static final String FAILED = """
            {"status": "failed", "message": "Charge failed", "transaction_id": "123456789",
             "dgs_reference": "dgs_123456789", "amount": 2000, "currency": "RWF", "transaction_status": "failed",
             "payment_method_type": "mobile_money", "issuer_response_type": "declined", "issuer_response_code": "05",
             "processor_response": "Insufficient funds"}""";

    private static JsonObject charge(String phone) {
        Reply r = ChargeRequests.charge(Api.SECRET, ChargeRequests.docsExample(phone));
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    /** The documented fields with their types, and no others. */
    private static void assertExactly(String documented, JsonObject actual) {
        assertShape(documented, actual);
        assertEquals(Json.createReader(new StringReader(documented)).readObject().keySet(),
                actual.keySet(), "exactly the docs' fields");
    }

    private static void assertIdentifiers(JsonObject r) {
        assertTrue(r.getString("transaction_id").matches("[0-9]+"), r.toString());
        assertEquals("dgs_" + r.getString("transaction_id"), r.getString("dgs_reference"));
        assertEquals(2000, r.getInt("amount"));
        assertEquals("RWF", r.getString("currency"));
        assertEquals("mobile_money", r.getString("payment_method_type"));
    }

    @Test
    void pending() {
        JsonObject r = charge(ChargeRequests.DOCS_PHONE);
        assertExactly(PENDING, r);
        assertIdentifiers(r);
        assertEquals("success", r.getString("status"));
        assertEquals("Charge initiated", r.getString("message"));
        assertEquals("pending", r.getString("transaction_status"));
        assertEquals("redirect_url", r.getString("next_action_type"));
        assertTrue(r.getString("display_text").startsWith("Complete payment on your mobile device"), r.toString());
        String page = r.getString("next_action_redirect_url");
        assertTrue(page.startsWith(Api.base() + "/handset"), page);
        assertTrue(Api.getUrl(page).text().contains(r.getString("dgs_reference")), "the redirect shows the prompt to approve");
    }

    @Test
    void successful() {
        JsonObject r = charge(ChargeRequests.SUCCEEDS_AT_ONCE);
        assertExactly(SUCCESSFUL, r);
        assertIdentifiers(r);
        assertEquals("success", r.getString("status"));
        assertEquals("Payment completed", r.getString("message"));
        assertEquals("successful", r.getString("transaction_status"));
        assertEquals("MTN", r.getString("mobile_money_network"));
        assertEquals(ChargeRequests.SUCCEEDS_AT_ONCE, r.getString("mobile_money_phone"));
        assertEquals("250", r.getString("mobile_money_country_code"));
    }

    @Test
    void failed() {
        JsonObject r = charge(ChargeRequests.DECLINED_AT_ONCE);
        assertExactly(FAILED, r);
        assertIdentifiers(r);
        assertEquals("failed", r.getString("status"));
        assertEquals("Charge failed", r.getString("message"));
        assertEquals("failed", r.getString("transaction_status"));
        assertEquals("declined", r.getString("issuer_response_type"));
        assertEquals("05", r.getString("issuer_response_code"));
        assertEquals("Insufficient funds", r.getString("processor_response"));
    }

    @Test
    void anotherCurrencyIsValidationError90() {
        Reply r = ChargeRequests.charge(Api.SECRET, ChargeRequests.docsExample(ChargeRequests.DOCS_PHONE).add("currency", "USD"));
        assertEquals(400, r.status(), r.toString());
        assertShape("""
                {"status": "error", "code": "90", "message": "Unsupported currency", "errors": {"currency": "must be RWF"}}""", r.json());
        assertEquals("error", r.string("status"));
        assertEquals("90", r.string("code"));
        assertEquals(Set.of("currency"), r.errors().keySet());
    }
}
