package rw.paydesk.sandbox.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A Rwanda Pay client for the tests: bearer key, optional Idempotency-Key, the docs' example requests. */
public final class RwandaPayClient {

    public static final String SECRET_KEY = "sk_test_paydesk_sandbox_rwandapay_0001";
    public static final String PUBLIC_KEY = "pk_test_paydesk_sandbox_rwandapay_0001";
    public static final String WEBHOOK_SECRET = "whsec_rwandapay_sandbox_local";
    public static final String PIN = "1234";

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String key;

    public RwandaPayClient() {
        this(SECRET_KEY);
    }

    public RwandaPayClient(String key) {
        this.key = key;
    }

    public static String api() {
        return SandboxServer.get().rwandaPayUrl();
    }

    public Reply post(String path, JsonObjectBuilder body) {
        return post(path, body.build().toString(), null, null);
    }

    public Reply post(String path, String body, String idempotencyKey, Duration timeout) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(api() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            r.header("Idempotency-Key", idempotencyKey);
        }
        return send(r, timeout);
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(api() + path)).GET(), null);
    }

    private Reply send(HttpRequest.Builder request, Duration timeout) {
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        try {
            request.timeout(timeout == null ? Duration.ofSeconds(30) : timeout);
            HttpResponse<String> r = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** POST /sandbox/control/rwandapay/… */
    public static Reply control(String path, String body) {
        return Api.postJson(Api.base() + "/control/rwandapay" + path, body == null ? "{}" : body, null, null);
    }

    /** The data of a success envelope, after checking the HTTP status. */
    public static JsonObject data(Reply r, int status) {
        assertEquals(status, r.status(), r.toString());
        assertEquals("success", r.string("status"), r.toString());
        return r.json().getJsonObject("data");
    }

    /** The docs' collect example with its own merchant reference and callback. */
    public static JsonObjectBuilder collect(long amount, String phone, String reference, String callbackUrl) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("amount", amount)
                .add("phone", phone)
                .add("metadata", Json.createObjectBuilder().add("customer_name", "John Doe").add("product_id", "123"));
        if (reference != null) {
            b.add("reference", reference);
        }
        if (callbackUrl != null) {
            b.add("callback_url", callbackUrl);
        }
        return b;
    }

    /** The docs' checkout example. */
    public static JsonObjectBuilder checkout(String txRef, String redirectUrl, String webhookUrl) {
        return Json.createObjectBuilder()
                .add("amount", 5000)
                .add("currency", "RWF")
                .add("customer", Json.createObjectBuilder().add("name", "John Doe").add("email", "john@example.com")
                        .add("phone", "0788123456"))
                .add("tx_ref", txRef)
                .add("redirect_url", redirectUrl)
                .add("webhook_url", webhookUrl)
                .add("meta", Json.createObjectBuilder().add("order_id", "ORD-12345"));
    }

    /** The docs' withdrawal example, to a callback. */
    public static JsonObjectBuilder withdrawal(long amount, String phone, String pin, String callbackUrl) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("amount", amount).add("phone", phone).add("provider", "MTN")
                .add("pin", pin);
        if (callbackUrl != null) {
            b.add("callback_url", callbackUrl);
        }
        return b;
    }

    /** Waits until the payment has left pending and returns its status data. */
    public JsonObject awaitFinal(String reference) {
        JsonObject[] last = new JsonObject[1];
        Api.await(reference + " to leave pending", Duration.ofSeconds(15), () -> {
            last[0] = data(get("/payments/" + reference), 200);
            return !last[0].getString("status").equals("pending");
        });
        return last[0];
    }

    public JsonObject balance() {
        return data(get("/balance"), 200);
    }

    /** Verifies X-RwandaPay-Signature independently of the sandbox's own code. */
    public static boolean signatureValid(WebhookReceiver.Received hook) {
        String header = hook.header("X-RwandaPay-Signature");
        if (header == null || !header.matches("t=[0-9]+,v1=[0-9a-f]{64}")) {
            return false;
        }
        String t = header.substring(2, header.indexOf(','));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = HexFormat.of().formatHex(mac.doFinal((t + "." + hook.raw()).getBytes(StandardCharsets.UTF_8)));
            long age = Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(t));
            return header.endsWith(",v1=" + expected) && age < 300;
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
