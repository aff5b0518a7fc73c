package rw.paydesk.sandbox.charge;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import rw.paydesk.sandbox.api.ApiException;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The charges API's request rules, from the docs' parameter table and the sandbox's documented readings. */
class ChargeRequestTest {

    /** The docs' request example. */
    private static JsonObjectBuilder docsExample() {
        return Json.createObjectBuilder()
                .add("amount", 2000)
                .add("currency", "RWF")
                .add("payment_type", "mobile_money")
                .add("customer_email", "jane.doe@example.com")
                .add("customer_first_name", "Jane")
                .add("customer_last_name", "Doe")
                .add("customer_phone", "789654321")
                .add("customer_phone_country_code", "250")
                .add("redirect_url", "https://yourdomain.com/payment-success")
                .add("narration", "Payment for Invoice #5678")
                .add("mobile_money_network", "MTN")
                .add("mobile_money_phone", "789654321");
    }

    private static JsonObject errorBody(JsonObjectBuilder request) {
        ApiException e = assertThrows(ApiException.class, () -> ChargeRequest.parse(request.build()));
        assertEquals(400, e.httpStatus());
        assertEquals("error", e.body().getString("status"));
        return e.body();
    }

    /** The v2 validation answer (code 10400) with an error on exactly this field among others. */
    private static String fieldError(JsonObjectBuilder request, String field) {
        JsonObject body = errorBody(request);
        assertEquals("10400", body.getString("code"), body.toString());
        assertTrue(body.getJsonObject("errors").containsKey(field), body.toString());
        return body.getJsonObject("errors").getString(field);
    }

    @Test
    void theDocsExampleIsValid() {
        ChargeRequest r = ChargeRequest.parse(docsExample().build());
        assertEquals(new BigDecimal("2000"), r.amount());
        assertEquals("RWF", r.currency());
        assertEquals("MTN", r.network());
        assertEquals("789654321", r.mobileMoneyPhone().national());
        assertEquals("250789654321", r.mobileMoneyPhone().msisdn());
        assertEquals("Jane Doe", r.customerName());
        assertEquals("Payment for Invoice #5678", r.narration());
    }

    @Test
    void anotherCurrencyIsValidationError90() {
        JsonObject body = errorBody(docsExample().add("currency", "USD"));
        assertEquals("90", body.getString("code"));
        assertTrue(body.getString("message").contains("RWF"), body.toString());
        assertEquals("must be RWF: mobile money charges are limited to Rwanda", body.getJsonObject("errors").getString("currency"));
        assertEquals(1, body.getJsonObject("errors").size(), "only the currency is wrong");
    }

    @Test
    void code90AlsoListsTheOtherInvalidFields() {
        JsonObject body = errorBody(docsExample().add("currency", "rwf").add("customer_email", "jane"));
        assertEquals("90", body.getString("code"));
        assertTrue(body.getJsonObject("errors").containsKey("currency"));
        assertTrue(body.getJsonObject("errors").containsKey("customer_email"));
    }

    @Test
    void aMissingCurrencyIsAnOrdinaryValidationError() {
        assertEquals("is required", fieldError(docsExample().remove("currency"), "currency"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"amount", "currency", "payment_type", "customer_email", "customer_first_name", "customer_last_name",
            "customer_phone", "customer_phone_country_code", "redirect_url", "mobile_money_network", "mobile_money_phone"})
    void everyRequiredFieldIsRequired(String field) {
        JsonObject body = errorBody(docsExample().remove(field));
        assertEquals("10400", body.getString("code"));
        assertEquals("mobile_money", body.getString("payment_type"));
        assertEquals(1, body.getJsonObject("errors").size(), body.toString());
        assertEquals("is required", body.getJsonObject("errors").getString(field));
    }

    @Test
    void narrationIsOptional() {
        assertNull(ChargeRequest.parse(docsExample().remove("narration").build()).narration());
        fieldError(docsExample().add("narration", "x".repeat(256)), "narration");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-100", "abc", "2000.5", "1000000000001"})
    void theAmountIsAPositiveWholeNumberOfRwf(String amount) {
        fieldError(docsExample().add("amount", new BigDecimal(amount.equals("abc") ? "0" : amount)), "amount");
        fieldError(docsExample().add("amount", amount), "amount");
    }

    @Test
    void aNumericStringAndTrailingZerosAreAccepted() {
        assertEquals(0, new BigDecimal("2000").compareTo(ChargeRequest.parse(docsExample().add("amount", "2000").build()).amount()));
        assertEquals(0, new BigDecimal("2000").compareTo(ChargeRequest.parse(docsExample().add("amount", new BigDecimal("2000.00")).build()).amount()));
    }

    @Test
    void thePaymentTypeMustBeMobileMoney() {
        assertEquals("must be mobile_money", fieldError(docsExample().add("payment_type", "card"), "payment_type"));
    }

    @ParameterizedTest
    @CsvSource({"MTN,789654321,MTN", "mtn,799654321,MTN", "Airtel,722123456,Airtel", "AIRTEL,0732123456,Airtel", "airtel,722123456,Airtel"})
    void theNetworkIsMtnOrAirtelInAnyCase(String network, String phone, String expected) {
        ChargeRequest r = ChargeRequest.parse(docsExample().add("mobile_money_network", network).add("mobile_money_phone", phone).build());
        assertEquals(expected, r.network());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tigo", "Mpesa", "MTN MoMo"})
    void otherNetworksAreRefused(String network) {
        assertEquals("must be MTN or Airtel", fieldError(docsExample().add("mobile_money_network", network), "mobile_money_network"));
    }

    @Test
    void theNetworkMustFitTheNumbersPrefix() {
        assertTrue(fieldError(docsExample().add("mobile_money_phone", "722123456"), "mobile_money_phone").contains("Airtel number"));
        assertTrue(fieldError(docsExample().add("mobile_money_network", "Airtel"), "mobile_money_phone").contains("MTN number"));
    }

    @Test
    void theCustomersOwnPhoneMayBeOnEitherNetwork() {
        ChargeRequest r = ChargeRequest.parse(docsExample().add("customer_phone", "0722123456").build());
        assertEquals("722123456", r.customerPhone().national());
        assertEquals("0722123456", r.customerPhone().local());
    }

    @ParameterizedTest
    @ValueSource(strings = {"+250", "256", "1", "RW"})
    void theCountryCodeIs250(String code) {
        fieldError(docsExample().add("customer_phone_country_code", code), "customer_phone_country_code");
    }

    @Test
    void aNumericCountryCodeIsAccepted() {
        ChargeRequest.parse(docsExample().add("customer_phone_country_code", 250).build());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "250789654321|must not include the country code; send it in customer_phone_country_code",
            "+250789654321|must be digits only, without + or the country code, e.g. 789654321",
            "78965432|must be a 9-digit Rwandan mobile number, e.g. 789654321",
            "7896543210|must be a 9-digit Rwandan mobile number, e.g. 789654321",
            "759654321|must be an MTN (78, 79) or Airtel (72, 73) number",
            "252123456|must be an MTN (78, 79) or Airtel (72, 73) number"})
    void phonesAreNineDigitNationalMobileNumbers(String phone, String message) {
        assertEquals(message, fieldError(docsExample().add("customer_phone", phone), "customer_phone"));
        assertEquals(message, fieldError(docsExample().add("mobile_money_phone", phone), "mobile_money_phone"));
    }

    @Test
    void aLeadingZeroAndSpacesAreDropped() {
        ChargeRequest r = ChargeRequest.parse(docsExample().add("mobile_money_phone", "078 965 4321").build());
        assertEquals("789654321", r.mobileMoneyPhone().national());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://yourdomain.com/payment-success", "ftp://yourdomain.com/x", "/payment-success", "not a url"})
    void theRedirectUrlIsHttps(String url) {
        fieldError(docsExample().add("redirect_url", url), "redirect_url");
    }

    @Test
    void httpIsAcceptedForLoopbackRedirects() {
        ChargeRequest.parse(docsExample().add("redirect_url", "http://localhost:8080/payment-success").build());
        ChargeRequest.parse(docsExample().add("redirect_url", "http://127.0.0.1/done").build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jane", "jane@", "jane doe@example.com", "@example.com"})
    void theEmailMustLookLikeOne(String email) {
        assertEquals("must be a valid email address", fieldError(docsExample().add("customer_email", email), "customer_email"));
    }

    @Test
    void namesFollowTheV2Rules() {
        fieldError(docsExample().add("customer_first_name", "J"), "customer_first_name");
        fieldError(docsExample().add("customer_last_name", "Doe3"), "customer_last_name");
        ChargeRequest.parse(docsExample().add("customer_last_name", "Uwase-Mukamana").build());
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        JsonObject body = errorBody(docsExample().add("amount", 0).add("customer_email", "x").add("mobile_money_network", "Tigo"));
        assertEquals(3, body.getJsonObject("errors").size(), body.toString());
    }

    @ParameterizedTest
    @CsvSource({"789654321,CUSTOMER_DECIDES", "780000001,SUCCESSFUL_AT_ONCE", "720000001,SUCCESSFUL_AT_ONCE",
            "780000002,FAILED_AT_ONCE", "730000002,FAILED_AT_ONCE", "790000003,SUCCESSFUL_LATER", "780000004,FAILED_LATER",
            "780000005,CUSTOMER_DECIDES", "781000001,CUSTOMER_DECIDES"})
    void testNumbersChooseTheScenario(String phone, ChargeScenario expected) {
        assertEquals(expected, ChargeScenario.of(new RwandaMobileNumber(phone)));
    }

    @Test
    void scenariosKnowWhoEndsTheCharge() {
        assertTrue(ChargeScenario.FAILED_AT_ONCE.immediate());
        assertFalse(ChargeScenario.FAILED_AT_ONCE.simulated());
        assertTrue(ChargeScenario.SUCCESSFUL_LATER.simulated());
        assertFalse(ChargeScenario.CUSTOMER_DECIDES.simulated());
        assertFalse(ChargeScenario.CUSTOMER_DECIDES.immediate());
    }

    @ParameterizedTest
    @CsvSource({"780000000,MTN", "790000000,MTN", "720000000,Airtel", "730000000,Airtel"})
    void theNetworkFollowsThePrefix(String phone, String network) {
        assertEquals(network, new RwandaMobileNumber(phone).network());
    }

    @Test
    void aMobileNumberCannotBeBuiltFromSomethingElse() {
        assertThrows(IllegalArgumentException.class, () -> new RwandaMobileNumber("0789654321"));
        assertThrows(IllegalArgumentException.class, () -> new RwandaMobileNumber("759654321"));
    }
}
