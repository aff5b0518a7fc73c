package rw.paydesk.sandbox.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import javax.crypto.Cipher;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** The docs' request examples as builders, so each test changes only what it is about. */
public final class Requests {

    public static final String DOC_CARD = "{\"card_number\":\"4532123456789010\",\"expiry_month\":\"01\","
            + "\"expiry_year\":\"2028\",\"cvv\":\"123\",\"pin\":\"0000\"}";

    private Requests() {
    }

    /** "Initiate Mobile Money Payment" complete request example, with its own reference and callback. */
    public static JsonObjectBuilder momo(String reference, String callbackUrl) {
        return Json.createObjectBuilder()
                .add("pay_info", Json.createObjectBuilder()
                        .add("amount", 100)
                        .add("currency", "RWF")
                        .add("api_code", "PAYIN_MOBILE")
                        .add("reference", reference)
                        .add("callback_url", callbackUrl)
                        .add("description", "Test Mobile Money Payment"))
                .add("from", Json.createObjectBuilder()
                        .add("payment_type", "mobile_money")
                        .add("provider", "MTN")
                        .add("name", "John Doe")
                        .add("email", "john@example.com")
                        .add("phone", "782589800")
                        .add("country_code", "250"))
                .add("metadata", Json.createObjectBuilder().add("order_id", "12345").add("custom_info", "DGS Mobile Money Test"));
    }

    public static JsonObjectBuilder simulation(String context, String response) {
        JsonObjectBuilder s = Json.createObjectBuilder();
        if (context != null) {
            s.add("context", context);
        }
        if (response != null) {
            s.add("response", response);
        }
        return s;
    }

    /** "Initialize Card Payment" request example, with real encrypted card data. */
    public static JsonObjectBuilder card(String encryptedCardData, String callbackUrl) {
        return Json.createObjectBuilder()
                .add("pay_info", Json.createObjectBuilder()
                        .add("amount", 100)
                        .add("currency", "USD")
                        .add("api_code", "PAYIN_CARD_LOCAL")
                        .add("callback_url", callbackUrl)
                        .add("description", "Test Card Payment"))
                .add("from", Json.createObjectBuilder()
                        .add("payment_type", "card")
                        .add("provider", "VISA")
                        .add("name", "John Doe")
                        .add("email", "john@example.com")
                        .add("phone", "782589800")
                        .add("country_code", "1")
                        .add("encrypted_card_data", encryptedCardData))
                .add("metadata", Json.createObjectBuilder().add("order_id", "12345").add("custom_info", "DGS test"));
    }

    /** "Bank Payout Example". */
    public static JsonObjectBuilder bankPayout(String reference, String callbackUrl, long amount, String context) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("pay_info", Json.createObjectBuilder()
                        .add("api_code", "PAYOUT_BANK")
                        .add("amount", amount)
                        .add("source_currency", "RWF")
                        .add("destination_currency", "RWF")
                        .add("callback_url", callbackUrl)
                        .add("description", "Vendor payout")
                        .add("reference", reference))
                .add("to", Json.createObjectBuilder().add("bank", Json.createObjectBuilder()
                        .add("account_number", "18287377638728")
                        .add("bank_code_name", "access_rwanda")
                        .add("first_name", "Client first name")
                        .add("last_name", "Client last name")
                        .add("email", "Client Email")))
                .add("type", "bank")
                .add("action", "instant");
        if (context != null) {
            body.add("simulation", Json.createObjectBuilder().add("context", context));
        }
        return body;
    }

    /** "Mobile Money Payout Example". */
    public static JsonObjectBuilder mobilePayout(String reference, String callbackUrl, long amount, String context) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("pay_info", Json.createObjectBuilder()
                        .add("api_code", "PAYOUT_MOBILE_MONEY")
                        .add("amount", amount)
                        .add("source_currency", "RWF")
                        .add("destination_currency", "RWF")
                        .add("callback_url", callbackUrl)
                        .add("description", "Vendor mobile money payout")
                        .add("reference", reference))
                .add("to", Json.createObjectBuilder().add("mobile_money", Json.createObjectBuilder()
                        .add("phone_number", "250788123456")
                        .add("provider", "MTN")
                        .add("country", "RW")
                        .add("first_name", "Client first name")
                        .add("last_name", "Client last name")
                        .add("email", "Client Email")))
                .add("type", "mobile_money")
                .add("action", "instant");
        if (context != null) {
            body.add("simulation", Json.createObjectBuilder().add("context", context));
        }
        return body;
    }

    /**
     * A payout example paid from the {@code source} wallet: the amount is in that currency and
     * {@code rateId}, when given, is the fx-rate quote the client showed.
     */
    public static JsonObjectBuilder fromWallet(JsonObjectBuilder payout, String source, String destination,
                                               BigDecimal amount, String rateId) {
        JsonObject body = payout.build();
        JsonObjectBuilder payInfo = Json.createObjectBuilder(body.getJsonObject("pay_info"))
                .add("amount", amount)
                .add("source_currency", source)
                .add("destination_currency", destination);
        if (rateId != null) {
            payInfo.add("rate_id", rateId);
        }
        return Json.createObjectBuilder(body).add("pay_info", payInfo);
    }

    /** "Create Payment Link" complete request example. */
    public static JsonObjectBuilder link(String callbackUrl) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("amount", 150000)
                .add("currency", "RWF")
                .add("payment_methods", Json.createArrayBuilder().add("CARD").add("MOMO"))
                .add("description", "Purchase of widgets")
                .add("metadata", Json.createObjectBuilder().add("order_id", "12345").add("custom_info", "VIP Customer"));
        if (callbackUrl != null) {
            body.add("callback_url", callbackUrl);
        }
        return body;
    }

    /** Encrypts like JSEncrypt: RSA PKCS#1 v1.5 with the sandbox's public key, base64. */
    public static String encrypt(String plain) {
        try {
            String pem = new String(Api.getBytes(Api.api() + "/api/public-key.pem"), StandardCharsets.US_ASCII);
            String base64 = pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "").replaceAll("\\s", "");
            PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
            Cipher cipher = Cipher.getInstance("RSA/ECB/PKCS1Padding");
            cipher.init(Cipher.ENCRYPT_MODE, key);
            return Base64.getEncoder().encodeToString(cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
