package rw.paydesk.sandbox.it;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Card charges follow the chain of each simulation context until they are done. */
@ExtendWith(SandboxServer.class)
class CardIT {

    private static final Api API = new Api();
    private static WebhookReceiver hooks;
    private static String card;

    @BeforeAll
    static void setUp() {
        hooks = new WebhookReceiver();
        card = Requests.encrypt(Requests.DOC_CARD);
    }

    @AfterAll
    static void stop() {
        hooks.close();
    }

    private static Reply start(String context, String response) {
        return API.post("/api/init_payment", Requests.card(card, hooks.url()).add("simulation", Requests.simulation(context, response)));
    }

    private static Reply authorize(String chargeId, String method, JsonObjectBuilder fields) {
        return API.post("/api/authorize_payment", Json.createObjectBuilder().add("charge_id", chargeId).add("method", method).add("fields", fields));
    }

    /** Completes whatever step the answer asks for, as an integrator's loop would, and returns the wallet status. */
    private static String drive(Reply r) {
        String reference = r.string("reference");
        while (r.json().containsKey("next_action")) {
            String type = r.json().getJsonObject("next_action").getString("type");
            String charge = r.string("charge_id");
            if (type.equals("redirect_url")) {
                String url = r.json().getJsonObject("next_action").getString("redirect_url");
                assertTrue(Api.getUrl(url).text().contains("Authenticate"), "the hosted 3-D Secure page");
                assertEquals(303, Api.postForm(url, Map.of("action", "authenticate")).status());
                return API.transaction(reference).getString("status");
            }
            r = switch (type) {
                case "requires_pin" -> authorize(charge, "pin", Json.createObjectBuilder().add("encrypted_pin", Requests.encrypt("1234")));
                case "requires_otp" -> authorize(charge, "otp", Json.createObjectBuilder().add("code", "123456"));
                default -> authorize(charge, "avs", Json.createObjectBuilder().add("line1", "KN 4 Ave")
                        .add("city", "Kigali").add("country", "RW").add("postal_code", "00000"));
            };
            assertEquals(200, r.status(), r.toString());
        }
        assertEquals("success", r.string("status"), r.toString());
        return API.transaction(reference).getString("status");
    }

    @ParameterizedTest
    @CsvSource({"auth_pin,requires_pin", "auth_pin_3ds,requires_pin", "auth_3ds,redirect_url", "auth_avs,requires_avs"})
    void eachContextStartsWithItsStepAndEndsInSuccess(String context, String firstStep) {
        Reply r = start(context, "approved");
        assertEquals("pending", r.string("status"), r.toString());
        assertEquals(firstStep, r.json().getJsonObject("next_action").getString("type"));
        assertEquals("successful", drive(r));
        assertEquals("successful", hooks.awaitAccepted(r.string("reference")).body().getString("status"));
    }

    @ParameterizedTest
    @CsvSource({"insufficient_funds,51", "expired_card,54", "blocked_first_use,57", "exceeds_withdrawal_limit,61"})
    void refusalsComeAtTheEndOfTheChain(String response, String processorCode) {
        Reply r = start("auth_pin", response);
        Reply afterPin = authorize(r.string("charge_id"), "pin", Json.createObjectBuilder().add("encrypted_pin", ""));
        assertEquals("requires_otp", afterPin.json().getJsonObject("next_action").getString("type"));
        Reply end = authorize(r.string("charge_id"), "otp", Json.createObjectBuilder().add("code", "123456"));
        assertEquals("failed", end.string("status"), end.toString());
        assertEquals(processorCode, end.string("processor_code"));
        assertFalse(end.json().containsKey("next_action"));
        assertEquals("failed", hooks.awaitAccepted(r.string("reference")).body().getString("status"));
    }

    @Test
    void anIncorrectPinFailsAtThePinStep() {
        Reply r = start("auth_pin", "incorrect_pin");
        Reply end = authorize(r.string("charge_id"), "pin", Json.createObjectBuilder().add("encrypted_pin", Requests.encrypt("9999")));
        assertEquals("failed", end.string("status"));
        assertEquals("Incorrect PIN", end.string("message"));
        Reply again = authorize(r.string("charge_id"), "otp", Json.createObjectBuilder().add("code", "123456"));
        assertEquals(400, again.status(), "a finished charge takes no more steps");
    }

    @Test
    void theWrongStepIsRefused() {
        Reply r = start("auth_avs", "approved");
        Reply wrong = authorize(r.string("charge_id"), "pin", Json.createObjectBuilder().add("encrypted_pin", ""));
        assertEquals(400, wrong.status());
        assertEquals("the charge expects avs", wrong.errors().getString("method"));
        Reply missing = authorize(r.string("charge_id"), "avs", Json.createObjectBuilder().add("city", "Kigali"));
        assertEquals(400, missing.status());
        assertTrue(missing.errors().containsKey("line1"));
        assertEquals(400, authorize("chg_NOPE", "otp", Json.createObjectBuilder().add("code", "1234")).status());
    }

    @Test
    void aPinMustComeEncryptedUnlessTheCardDataCarriedIt() {
        String noPin = Requests.encrypt("{\"card_number\":\"4532123456789010\",\"expiry_month\":\"01\",\"expiry_year\":\"2028\",\"cvv\":\"123\"}");
        Reply r = API.post("/api/init_payment", Requests.card(noPin, hooks.url()));
        Reply empty = authorize(r.string("charge_id"), "pin", Json.createObjectBuilder().add("encrypted_pin", ""));
        assertEquals(400, empty.status());
        Reply plain = authorize(r.string("charge_id"), "pin", Json.createObjectBuilder().add("encrypted_pin", "1234"));
        assertEquals(400, plain.status(), "a PIN in clear text is refused");
        Reply ok = authorize(r.string("charge_id"), "pin", Json.createObjectBuilder().add("encrypted_pin", Requests.encrypt("1234")));
        assertEquals("requires_otp", ok.json().getJsonObject("next_action").getString("type"));
    }

    @Test
    void failingThreeDsFailsTheCharge() {
        Reply r = start("auth_3ds", "approved");
        String url = r.json().getJsonObject("next_action").getString("redirect_url");
        assertEquals(303, Api.postForm(url, Map.of("action", "fail")).status());
        assertEquals("failed", API.transaction(r.string("reference")).getString("status"));
    }

    @Test
    void anExpiredCardIsRefusedAtOnce() {
        String expired = Requests.encrypt("{\"card_number\":\"4532123456789010\",\"expiry_month\":\"01\",\"expiry_year\":\"2020\",\"cvv\":\"123\"}");
        Reply r = API.post("/api/init_payment", Requests.card(expired, hooks.url()));
        assertEquals("failed", r.string("status"));
        assertEquals("54", r.string("processor_code"));
    }

    @Test
    void thePublicKeyIsAPemSubjectPublicKeyInfo() {
        Reply r = Api.getUrl(Api.api() + "/api/public-key");
        assertTrue(r.string("public_key").startsWith("-----BEGIN PUBLIC KEY-----\n"));
        assertTrue(r.string("algorithm").contains("PKCS#1 v1.5"));
    }
}
