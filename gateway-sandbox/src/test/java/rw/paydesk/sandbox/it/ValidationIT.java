package rw.paydesk.sandbox.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every documented validation rule: bad input gets status "error", code "10400" and a message for the field. */
@ExtendWith(SandboxServer.class)
class ValidationIT {

    private static final Api API = new Api();
    private static final String HOOK = "https://merchant.example/hook";

    /** Sends the docs' mobile-money example with one field of pay_info or from replaced. */
    private static Reply momoWith(String object, String field, Object value) {
        JsonObject base = Requests.momo(Api.reference("VAL"), HOOK).build();
        JsonObjectBuilder part = Json.createObjectBuilder(base.getJsonObject(object));
        if (value == null) {
            part.remove(field);
        } else if (value instanceof Number n) {
            part.add(field, Json.createValue(n.doubleValue()));
        } else {
            part.add(field, value.toString());
        }
        return API.post("/api/init_payment", Json.createObjectBuilder(base).add(object, part));
    }

    private static void assertInvalid(Reply r, String field) {
        assertEquals(400, r.status(), r.toString());
        assertEquals("error", r.string("status"), r.toString());
        assertEquals("10400", r.string("code"));
        assertTrue(r.errors().containsKey(field), "errors." + field + " in " + r);
    }

    @ParameterizedTest
    @ValueSource(strings = {"J", "John2", "John_Doe", "A very long name that goes on and on past fifty chars"})
    void customerNames(String name) {
        assertInvalid(momoWith("from", "name", name), "name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jo", "Jean-Pierre O'Neil", "Mukamana, A."})
    void acceptedCustomerNames(String name) {
        assertEquals(200, momoWith("from", "name", name).status(), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MM_1764318847", "abc12", "REF-0001", "A234567890123456789012345678901234567890123456789012"})
    void references(String reference) {
        assertInvalid(momoWith("pay_info", "reference", reference), "reference");
    }

    @Test
    void aReferenceIsRequiredAndUsedOnce() {
        assertInvalid(momoWith("pay_info", "reference", null), "reference");
        String reference = Api.reference("ONCE");
        assertEquals(200, API.post("/api/init_payment", Requests.momo(reference, HOOK)).status());
        Reply again = API.post("/api/init_payment", Requests.momo(reference, HOOK));
        assertInvalid(again, "reference");
        assertEquals("has already been used", again.errors().getString("reference"));
    }

    @ParameterizedTest
    @CsvSource({"250,KES,currency", "254,RWF,currency", "999,RWF,country_code", "256,UGX,", "233,GHS,"})
    void currencyMustMatchTheCountry(String countryCode, String currency, String field) {
        JsonObject base = Requests.momo(Api.reference("CUR"), HOOK).build();
        Reply r = API.post("/api/init_payment", Json.createObjectBuilder(base)
                .add("pay_info", Json.createObjectBuilder(base.getJsonObject("pay_info")).add("currency", currency))
                .add("from", Json.createObjectBuilder(base.getJsonObject("from")).add("country_code", countryCode).add("provider", "MTN")));
        if (field == null) {
            assertEquals(200, r.status(), r.toString());
        } else {
            assertInvalid(r, field);
        }
    }

    @ParameterizedTest
    @CsvSource({"250,Mpesa", "254,MTN", "255,MTN", "27,Airtel", "234,Vodafone"})
    void providerMustBeSupportedInTheCountry(String countryCode, String provider) {
        String currency = switch (countryCode) {
            case "250" -> "RWF";
            case "254" -> "KES";
            case "255" -> "TZS";
            case "27" -> "ZAR";
            default -> "NGN";
        };
        JsonObject base = Requests.momo(Api.reference("PRV"), HOOK).build();
        Reply r = API.post("/api/init_payment", Json.createObjectBuilder(base)
                .add("pay_info", Json.createObjectBuilder(base.getJsonObject("pay_info")).add("currency", currency))
                .add("from", Json.createObjectBuilder(base.getJsonObject("from")).add("country_code", countryCode).add("provider", provider)));
        assertInvalid(r, "provider");
    }

    @Test
    void amountsMustBePositiveNumbers() {
        assertInvalid(momoWith("pay_info", "amount", 0), "amount");
        assertInvalid(momoWith("pay_info", "amount", -5), "amount");
        assertInvalid(momoWith("pay_info", "amount", "ten"), "amount");
        assertInvalid(momoWith("pay_info", "amount", 100.5), "amount");
        assertInvalid(momoWith("pay_info", "amount", null), "amount");
        assertEquals(200, momoWith("pay_info", "amount", "250").status(), "a numeric string is accepted");
    }

    @Test
    void callbackUrlIsRequiredAndHttpsOutsideLoopback() {
        assertInvalid(momoWith("pay_info", "callback_url", null), "callback_url");
        assertInvalid(momoWith("pay_info", "callback_url", "http://merchant.example/hook"), "callback_url");
        assertInvalid(momoWith("pay_info", "callback_url", "ftp://merchant.example/hook"), "callback_url");
        assertEquals(200, momoWith("pay_info", "callback_url", "http://localhost:8080/hook").status());
        assertEquals(200, momoWith("pay_info", "callback_url", "http://127.0.0.1:8080/hook").status());
    }

    @Test
    void otherRequiredFields() {
        assertInvalid(momoWith("from", "email", "john.example.com"), "email");
        assertInvalid(momoWith("from", "phone", "07x"), "phone");
        assertInvalid(momoWith("from", "phone", "250782589800"), "phone");
        assertInvalid(momoWith("from", "payment_type", "card"), "payment_type");
        assertInvalid(momoWith("pay_info", "api_code", "PAYIN_CRYPTO"), "api_code");
        assertInvalid(API.post("/api/init_payment", Json.createObjectBuilder().add("pay_info", Json.createObjectBuilder()
                .add("api_code", "PAYIN_MOBILE"))), "from");
        assertInvalid(API.post("/api/init_payment", Requests.momo(Api.reference("SIM"), HOOK)
                .add("simulation", Requests.simulation("auth_magic", "approved"))), "simulation.context");
        assertInvalid(API.post("/api/init_payment", Requests.momo(Api.reference("SIM"), HOOK)
                .add("simulation", Requests.simulation("auth_pin", "maybe"))), "simulation.response");
    }

    @Test
    void aBodyThatIsNotJsonGetsAClearError() {
        Reply r = Api.postJson(Api.api() + "/api/init_payment", "{\"pay_info\":", API.token(), null);
        assertInvalid(r, "body");
    }

    @Test
    void cardFieldsAreCheckedAfterDecryption() {
        Reply garbage = API.post("/api/init_payment", Requests.card("bm90IGVuY3J5cHRlZA==", HOOK));
        assertInvalid(garbage, "encrypted_card_data");
        String badCard = Requests.encrypt("{\"card_number\":\"4532\",\"expiry_month\":\"13\",\"expiry_year\":\"2028\",\"cvv\":\"1\"}");
        Reply r = API.post("/api/init_payment", Requests.card(badCard, HOOK));
        assertInvalid(r, "card_number");
        assertTrue(r.errors().containsKey("expiry_month") && r.errors().containsKey("cvv"), r.toString());
        Reply mastercardAsVisa = API.post("/api/init_payment", Requests.card(Requests.encrypt(
                "{\"card_number\":\"5555555555554444\",\"expiry_month\":\"01\",\"expiry_year\":\"2030\",\"cvv\":\"123\"}"), HOOK));
        assertInvalid(mastercardAsVisa, "provider");
        assertTrue(!r.text().contains("4532"), "card data is never echoed");
    }

    @Test
    void payoutRules() {
        assertInvalid(API.post("/api/init_payout", Requests.bankPayout("REF_1", HOOK, 1000, null)), "reference");
        assertInvalid(API.post("/api/init_payout", Requests.bankPayout(Api.reference("REF"), HOOK, 1000, null)
                .add("type", "mobile_money")), "type");
        JsonObject bank = Requests.bankPayout(Api.reference("REF"), HOOK, 1000, null).build();
        assertInvalid(API.post("/api/init_payout", Json.createObjectBuilder(bank).add("to", Json.createObjectBuilder()
                .add("bank", Json.createObjectBuilder(bank.getJsonObject("to").getJsonObject("bank")).add("bank_code_name", "bank_of_mars")))),
                "bank_code_name");
        assertInvalid(API.post("/api/init_payout", Json.createObjectBuilder(bank).add("pay_info",
                Json.createObjectBuilder(bank.getJsonObject("pay_info")).add("source_currency", "XYZ"))), "source_currency");
        assertInvalid(API.post("/api/init_payout", Json.createObjectBuilder(bank).add("pay_info",
                Json.createObjectBuilder(bank.getJsonObject("pay_info")).add("destination_currency", "USD"))), "destination_currency");
        JsonObject mobile = Requests.mobilePayout(Api.reference("REF"), HOOK, 1000, null).build();
        assertInvalid(API.post("/api/init_payout", Json.createObjectBuilder(mobile).add("to", Json.createObjectBuilder()
                .add("mobile_money", Json.createObjectBuilder(mobile.getJsonObject("to").getJsonObject("mobile_money")).add("provider", "Mpesa")))),
                "provider");
        assertInvalid(API.post("/api/init_payout", Requests.bankPayout(Api.reference("REF"), HOOK, 50, null)), "amount");
        assertInvalid(API.post("/api/init_payout", Requests.bankPayout(Api.reference("REF"), HOOK, 9_000_000, null)), "amount");
    }

    @Test
    void walletAndFxRules() {
        assertInvalid(API.post("/api/wallet", Json.createObjectBuilder().add("action", "everything")), "action");
        assertInvalid(API.post("/api/wallet", Json.createObjectBuilder().add("action", "balance_single")), "currency");
        assertInvalid(API.post("/api/wallet", Json.createObjectBuilder().add("action", "transaction_status")), "reference");
        assertInvalid(API.post("/api/wallet", Json.createObjectBuilder().add("action", "transaction_list").add("limit", 0)), "limit");
        assertEquals(404, API.post("/api/wallet", Json.createObjectBuilder().add("action", "transaction_status")
                .add("reference", "NOSUCHREF1")).status());
        assertInvalid(API.post("/api/fx-rate", Json.createObjectBuilder().add("source_currency", "USD")
                .add("destination_currency", "XYZ").add("amount", 1)), "destination_currency");
        assertInvalid(API.post("/api/fx-rate", Json.createObjectBuilder().add("source_currency", "USD")
                .add("destination_currency", "RWF").add("amount", -1)), "amount");
    }
}
