package rw.paydesk.sandbox.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A small client of the sandbox for tests: tokens, JSON calls, form posts, polling. */
public final class Api {

    public static final String ACCOUNT = "ACC-2322-0001";
    public static final String SECRET = "sk_sandbox_abc123yoursandboxkey";
    public static final String WEBHOOK_SECRET = "whsec_sandbox_paydesk_local";

    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String account;
    private final String secret;
    private String token;
    private Instant tokenAt = Instant.EPOCH;

    public Api() {
        this(ACCOUNT, SECRET);
    }

    public Api(String account, String secret) {
        this.account = account;
        this.secret = secret;
    }

    /** A fresh alphanumeric reference for each request, so tests never collide. */
    public static String reference(String prefix) {
        return prefix + SEQUENCE.incrementAndGet() + Long.toString(System.nanoTime() % 100000);
    }

    public static String base() {
        return SandboxServer.get().baseUrl();
    }

    public static String api() {
        return SandboxServer.get().apiUrl();
    }

    /** A valid token, renewed well before the test server's short lifetime runs out. */
    public String token() {
        if (token == null || Duration.between(tokenAt, Instant.now()).toMillis() > 2000) {
            Reply r = postJson(api() + "/api/auth/token", Json.createObjectBuilder()
                    .add("account_number", account).add("client_secret", secret).build().toString(), null, null);
            assertEquals(200, r.status(), r.toString());
            token = r.string("access_token");
            tokenAt = Instant.now();
        }
        return token;
    }

    /** Drops the cached token, e.g. after a test expired every token through the control API. */
    public void forgetToken() {
        token = null;
    }

    /** POST {api}{path} with the bearer token. */
    public Reply post(String path, JsonObjectBuilder body) {
        return post(path, body.build());
    }

    public Reply post(String path, JsonObject body) {
        return postJson(api() + path, body.toString(), token(), null);
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(api() + path)).header("Authorization", "Bearer " + token()).GET(), null);
    }

    public static Reply postJson(String url, String body, String token, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request, timeout);
    }

    /** POST a JSON body with headers of its own, e.g. the charges API's X-DGS-API-Key. */
    public static Reply postJson(String url, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request, null);
    }

    public static Reply getUrl(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), null);
    }

    public static byte[] getBytes(String url) {
        try {
            HttpResponse<byte[]> r = CLIENT.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode(), url);
            return r.body();
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** Posts an HTML form the way a browser would, without following the redirect. */
    public static Reply postForm(String url, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), null);
    }

    /** A call to the control API. */
    public static Reply control(String path, String body) {
        return postJson(base() + "/control" + path, body == null ? "{}" : body, null, null);
    }

    private static Reply send(HttpRequest.Builder request, Duration timeout) {
        try {
            request.timeout(timeout == null ? Duration.ofSeconds(30) : timeout);
            HttpResponse<String> r = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Waits for a condition by polling it, failing with {@code what} at the deadline. */
    public static void await(String what, Duration timeout, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** The wallet API's view of one transaction. */
    public JsonObject transaction(String reference) {
        Reply r = post("/api/wallet", Json.createObjectBuilder().add("action", "transaction_status").add("reference", reference));
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonObject("transaction");
    }

    /** Waits until a transaction is no longer pending and returns its final status. */
    public String finalStatus(String reference) {
        String[] status = new String[1];
        await(reference + " to leave pending", Duration.ofSeconds(15), () -> {
            status[0] = transaction(reference).getString("status");
            return !status[0].equals("pending");
        });
        return status[0];
    }

    /**
     * Waits until this account's wallet in {@code currency} is quiet: nothing pending (settling
     * everything now) and no figure moved for a second. Other tests' leftovers move a wallet in
     * the background: an approved collection is decided a few hundred ms after it was asked for,
     * a failed payout is given back a moment later, and each settlement is its own step. A test
     * that compares a balance before and after its own work starts from a quiet wallet.
     */
    public void awaitQuietWallet(String currency) {
        JsonObject[] last = new JsonObject[1];
        Instant[] since = new Instant[1];
        await("the " + currency + " wallet of " + account + " to be quiet", Duration.ofSeconds(30), () -> {
            control("/settle-now", null);
            JsonObject now = wallet(currency);
            if (!now.equals(last[0]) || now.getJsonNumber("pending_balance").bigDecimalValue().signum() != 0) {
                last[0] = now;
                since[0] = Instant.now();
                return false;
            }
            return Duration.between(since[0], Instant.now()).toMillis() >= 1000;
        });
    }

    public JsonObject wallet(String currency) {
        Reply r = post("/api/wallet", Json.createObjectBuilder().add("action", "balance_single").add("currency", currency));
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonObject("wallet");
    }
}
