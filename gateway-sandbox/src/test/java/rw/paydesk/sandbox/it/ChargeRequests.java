package rw.paydesk.sandbox.it;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import java.util.Map;

/** The charges API's request example and a client for it, authenticated by X-DGS-API-Key. */
public final class ChargeRequests {

    /** The docs' example phone: not a test number, so the customer decides on the handset. */
    public static final String DOCS_PHONE = "789654321";
    public static final String SUCCEEDS_AT_ONCE = "780000001";
    public static final String DECLINED_AT_ONCE = "780000002";
    public static final String SUCCEEDS_LATER = "780000003";
    public static final String FAILS_LATER = "780000004";

    private ChargeRequests() {
    }

    public static String url() {
        return Api.base() + "/dgs/generation/v2/charges";
    }

    /** The docs' request example, paid from {@code mobileMoneyPhone} (an MTN number). */
    public static JsonObjectBuilder docsExample(String mobileMoneyPhone) {
        return Json.createObjectBuilder()
                .add("amount", 2000)
                .add("currency", "RWF")
                .add("payment_type", "mobile_money")
                .add("customer_email", "jane.doe@example.com")
                .add("customer_first_name", "Jane")
                .add("customer_last_name", "Doe")
                .add("customer_phone", DOCS_PHONE)
                .add("customer_phone_country_code", "250")
                .add("redirect_url", "https://yourdomain.com/payment-success")
                .add("narration", "Payment for Invoice #5678")
                .add("mobile_money_network", "MTN")
                .add("mobile_money_phone", mobileMoneyPhone);
    }

    /** POST /charges with this API key (none when null). */
    public static Reply charge(String apiKey, JsonObjectBuilder body) {
        return charge(apiKey, body.build().toString());
    }

    public static Reply charge(String apiKey, String body) {
        return Api.postJson(url(), body, apiKey == null ? Map.of() : Map.of("X-DGS-API-Key", apiKey));
    }
}
