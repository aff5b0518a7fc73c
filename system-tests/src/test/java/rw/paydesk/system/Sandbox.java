package rw.paydesk.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The bundled gateway sandbox's control API (see gateway-sandbox/README.md): faults, handset, counters. */
public final class Sandbox {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Where the sandbox is when it runs apart from PayDesk ({@code http://localhost:PORT/sandbox}); null: in PayDeskServer. */
    private static volatile String apart;

    private Sandbox() {
    }

    /** For a test that runs the sandbox in a server of its own; {@code null} goes back to PayDeskServer's. */
    static void runsAt(String sandboxRoot) {
        apart = sandboxRoot;
    }

    private static String root() {
        return apart != null ? apart : PayDeskServer.baseUrl() + "/sandbox";
    }

    public static JsonObject control(String path, String json) {
        return call(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public static JsonObject controlGet(String path) {
        return call(HttpRequest.newBuilder(uri(path)).GET());
    }

    public static void reset() {
        control("/reset", "{}");
    }

    public static JsonObject approve(String reference) {
        return control("/handset/approve", "{\"reference\":\"" + reference + "\",\"pin\":\"1234\"}");
    }

    public static JsonObject decline(String reference) {
        return control("/handset/decline", "{\"reference\":\"" + reference + "\"}");
    }

    public static int tokenRequests() {
        JsonObject counters = controlGet("/counters").getJsonObject("token_requests");
        return counters == null || !counters.containsKey("ACC-2322-0001") ? 0 : counters.getInt("ACC-2322-0001");
    }

    /** Authenticated API calls of {@code operation} by the default account since the last reset. */
    public static int apiCalls(String operation) {
        JsonObject calls = controlGet("/counters").getJsonObject("api_calls");
        JsonObject account = calls == null ? null : calls.getJsonObject("ACC-2322-0001");
        return account == null || !account.containsKey(operation) ? 0 : account.getInt(operation);
    }

    /** Adds withdrawable funds to the default account's wallet in that currency. */
    public static void topUp(String currency, long amount) {
        control("/accounts/ACC-2322-0001/top-up", "{\"currency\":\"" + currency + "\",\"amount\":" + amount + "}");
    }

    /** A gateway API call as PayDesk makes it (with a fresh token of the default account). */
    public static JsonObject gateway(String path, String json) {
        JsonObject token = call(HttpRequest.newBuilder(api("/api/auth/token")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"account_number\":\"ACC-2322-0001\",\"client_secret\":\"sk_sandbox_abc123yoursandboxkey\"}")));
        return call(HttpRequest.newBuilder(api(path)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token.getString("access_token"))
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /**
     * Settles every collection still pending at the gateway and waits until no wallet has
     * pending funds, so that a test's before-and-after of a balance sees only its own money.
     */
    public static void settleAll() {
        control("/settle-now", "{}");
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
        while (gateway("/api/wallet", "{\"action\":\"balance\"}").getJsonArray("wallets").getValuesAs(JsonObject.class)
                .stream().anyMatch(w -> w.getJsonNumber("pending_balance").bigDecimalValue().signum() != 0)) {
            if (java.time.Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("pending funds did not settle");
            }
            Thread.onSpinWait();
        }
    }

    /** What the gateway's wallet says is withdrawable in that currency. */
    public static java.math.BigDecimal withdrawable(String currency) {
        return gateway("/api/wallet", "{\"action\":\"balance\"}").getJsonArray("wallets").getValuesAs(JsonObject.class)
                .stream().filter(w -> w.getString("currency").equals(currency))
                .map(w -> w.getJsonNumber("withdrawable_balance").bigDecimalValue()).findFirst().orElse(java.math.BigDecimal.ZERO);
    }

    /** The gateway's transactions with this reference (its latest 500). */
    public static java.util.List<JsonObject> transactions(String reference) {
        return gateway("/api/wallet", "{\"action\":\"transaction_list\",\"limit\":500}").getJsonArray("transactions")
                .getValuesAs(JsonObject.class).stream().filter(t -> reference.equals(t.getString("reference", null))).toList();
    }

    private static URI api(String path) {
        return URI.create(root() + "/dgs/api-v2" + path);
    }

    private static URI uri(String path) {
        return URI.create(root() + "/control" + path);
    }

    private static JsonObject call(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("sandbox control answered " + response.statusCode() + ": " + response.body());
            }
            String body = response.body();
            return body == null || body.isBlank() ? JsonValue.EMPTY_JSON_OBJECT
                    : Json.createReader(new StringReader(body)).readObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
