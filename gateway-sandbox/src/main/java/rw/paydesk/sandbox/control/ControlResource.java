package rw.paydesk.sandbox.control;

import static rw.paydesk.sandbox.api.Jsons.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import rw.paydesk.sandbox.api.ApiException;
import rw.paydesk.sandbox.api.Validator;
import rw.paydesk.sandbox.api.Wire;
import rw.paydesk.sandbox.auth.Account;
import rw.paydesk.sandbox.auth.Accounts;
import rw.paydesk.sandbox.auth.TokenService;
import rw.paydesk.sandbox.ledger.Settlement;
import rw.paydesk.sandbox.ledger.Txn;
import rw.paydesk.sandbox.ledger.WalletBalance;
import rw.paydesk.sandbox.money.Currencies;
import rw.paydesk.sandbox.payment.MobileMoney;
import rw.paydesk.sandbox.webhook.Attempt;
import rw.paydesk.sandbox.webhook.Delivery;
import rw.paydesk.sandbox.webhook.WebhookControls;
import rw.paydesk.sandbox.webhook.Webhooks;

import java.math.BigDecimal;

/**
 * Fault injection, counters and shortcuts for tests, under {@code /sandbox/control}. Not part of
 * the emulated gateway and needs no token: never expose a sandbox beyond a test machine.
 */
@RequestScoped
@Path("control")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
public class ControlResource {

    @Inject
    Faults faults;

    @Inject
    Counters counters;

    @Inject
    TokenService tokens;

    @Inject
    WebhookControls webhookControls;

    @Inject
    Webhooks webhooks;

    @Inject
    MobileMoney mobileMoney;

    @Inject
    Accounts accounts;

    @Inject
    Settlement settlement;

    @Inject
    Amendments amendments;

    @GET
    @Path("state")
    public String state() {
        JsonArrayBuilder rules = JSON.createArrayBuilder();
        for (Faults.Rule r : faults.pending()) {
            JsonObjectBuilder rule = JSON.createObjectBuilder().add("mode", r.mode().wire()).add("remaining", r.remaining())
                    .add("hold_ms", r.holdMs());
            rule.add("operation", r.operation() == null ? "*" : r.operation());
            rules.add(rule);
        }
        return JSON.createObjectBuilder()
                .add("latency_ms", faults.latencyMs())
                .add("faults", rules)
                .add("webhooks", JSON.createObjectBuilder()
                        .add("holding", webhookControls.holding())
                        .add("duplicate_next", webhookControls.duplicatesLeft())
                        .add("drop_next", webhookControls.dropsLeft()))
                .build().toString();
    }

    @POST
    @Path("latency")
    public String latency(String body) {
        JsonObject json = Wire.object(body);
        long ms = integer(json, "ms", 0, 600_000);
        faults.latencyMs(ms);
        return state();
    }

    @POST
    @Path("faults")
    public String addFault(String body) {
        JsonObject json = Wire.object(body);
        String modeText = Validator.text(json, "mode");
        Faults.Mode mode = Faults.Mode.fromWire(modeText)
                .orElseThrow(() -> ApiException.invalid("mode", "must be 500, 429, timeout or timeout_after_processing"));
        int count = (int) integer(json, "count", 1, 1_000_000, 1);
        String operation = Validator.text(json, "operation");
        Long holdMs = json.containsKey("hold_ms") ? integer(json, "hold_ms", 0, 600_000) : null;
        faults.add(mode, operation == null || operation.isBlank() || operation.equals("*") ? null : operation, count, holdMs);
        return state();
    }

    @DELETE
    @Path("faults")
    public String clearFaults() {
        faults.clear();
        return state();
    }

    @POST
    @Path("tokens/expire")
    public String expireTokens() {
        return JSON.createObjectBuilder().add("expired", tokens.expireAll()).build().toString();
    }

    @GET
    @Path("counters")
    public String counters() {
        JsonObjectBuilder tokenRequests = JSON.createObjectBuilder();
        counters.tokenRequests().forEach(tokenRequests::add);
        JsonObjectBuilder calls = JSON.createObjectBuilder();
        counters.apiCalls().forEach((account, ops) -> {
            JsonObjectBuilder perOp = JSON.createObjectBuilder();
            ops.forEach(perOp::add);
            calls.add(account, perOp);
        });
        return JSON.createObjectBuilder()
                .add("token_requests", tokenRequests)
                .add("api_calls", calls)
                .add("webhook_attempts", counters.webhookAttempts())
                .build().toString();
    }

    /** Back to a clean sandbox for the next test: no faults, no webhook tricks, counters at zero. */
    @POST
    @Path("reset")
    public String reset() {
        faults.clear();
        counters.reset();
        webhookControls.clear();
        webhooks.release(false);
        return state();
    }

    @POST
    @Path("webhooks/duplicate")
    public String duplicate(String body) {
        webhookControls.duplicateNext((int) integer(Wire.object(body), "count", 0, 1000, 1));
        return state();
    }

    /** Loses the next webhooks on the way: logged as dropped, never sent or retried, until redelivered. */
    @POST
    @Path("webhooks/drop")
    public String drop(String body) {
        JsonObject json = body == null || body.isBlank() ? JsonObject.EMPTY_JSON_OBJECT : Wire.object(body);
        webhookControls.dropNext((int) integer(json, "count", 1, 1000, 1));
        return state();
    }

    @POST
    @Path("webhooks/hold")
    public String hold() {
        webhookControls.hold(true);
        return state();
    }

    @POST
    @Path("webhooks/release")
    public String release(String body) {
        JsonObject json = body == null || body.isBlank() ? JsonObject.EMPTY_JSON_OBJECT : Wire.object(body);
        String order = json.getString("order", "original");
        if (!order.equals("original") && !order.equals("reverse")) {
            throw ApiException.invalid("order", "must be original or reverse");
        }
        webhookControls.hold(false);
        int released = webhooks.release(order.equals("reverse"));
        return JSON.createObjectBuilder().add("released", released).add("order", order).build().toString();
    }

    @GET
    @Path("webhooks")
    public String deliveries(@QueryParam("limit") Integer limit) {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        for (Delivery d : webhooks.recent(limit == null ? 50 : Math.max(1, Math.min(limit, 500)))) {
            list.add(delivery(d));
        }
        return JSON.createObjectBuilder().add("deliveries", list).build().toString();
    }

    @POST
    @Path("webhooks/{id}/redeliver")
    public String redeliver(@PathParam("id") long id) {
        if (!webhooks.redeliver(id)) {
            throw ApiException.notFound("No delivery " + id);
        }
        return delivery(webhooks.find(id).orElseThrow()).toString();
    }

    @POST
    @Path("handset/approve")
    public String approve(String body) {
        JsonObject json = Wire.object(body);
        Txn t = prompt(json);
        String pin = json.getString("pin", "0000");
        boolean done = mobileMoney.approve(t.id(), pin);
        return JSON.createObjectBuilder().add("reference", t.reference()).add("approved", done).build().toString();
    }

    @POST
    @Path("handset/decline")
    public String decline(String body) {
        Txn t = prompt(Wire.object(body));
        boolean done = mobileMoney.decline(t.id());
        return JSON.createObjectBuilder().add("reference", t.reference()).add("declined", done).build().toString();
    }

    @POST
    @Path("accounts/{account}/top-up")
    public String topUp(@PathParam("account") String account, String body) {
        Account a = accounts.find(account).orElseThrow(() -> ApiException.notFound("No account " + account));
        JsonObject json = Wire.object(body);
        Validator v = new Validator();
        String currency = v.currency(json, "currency");
        BigDecimal amount = v.amount(json, "amount");
        v.amountFitsCurrency("amount", amount, currency);
        v.throwIfInvalid(null);
        WalletBalance w = settlement.topUp(a.number(), currency, amount);
        return JSON.createObjectBuilder()
                .add("account_number", a.number())
                .add("currency", currency)
                .add("withdrawable_balance", Currencies.round(w.withdrawable(), currency))
                .add("balance", Currencies.round(w.balance(), currency))
                .build().toString();
    }

    @POST
    @Path("settle-now")
    public String settleNow() {
        return JSON.createObjectBuilder().add("settling", settlement.settleAllNow()).build().toString();
    }

    /** The provider's record of a transaction now shows other figures (see {@link Amendments}). */
    @POST
    @Path("transactions/amend")
    public String amend(String body) {
        JsonObject json = Wire.object(body);
        Validator v = new Validator();
        String reference = v.required(json, "reference");
        BigDecimal amount = given(json, "amount") ? v.amount(json, "amount") : null;
        BigDecimal fee = given(json, "fee") ? v.amountOrZero(json, "fee") : null;
        if (!given(json, "amount") && !given(json, "fee")) {
            v.error("amount", "is required when fee is not given");
        }
        v.throwIfInvalid(null);
        String account = given(json, "account_number") ? Validator.text(json, "account_number") : accounts.all().get(0).number();
        Txn t = amendments.amend(account, reference, amount, fee);
        return JSON.createObjectBuilder()
                .add("reference", t.reference())
                .add("amount", Wire.amount(t.amount()))
                .add("fee", Wire.amount(t.fee()))
                .add("status", t.status().wire())
                .build().toString();
    }

    private static boolean given(JsonObject json, String key) {
        return json.containsKey(key) && !json.isNull(key);
    }

    private Txn prompt(JsonObject json) {
        String reference = Validator.text(json, "reference");
        if (reference == null) {
            throw ApiException.invalid("reference", "is required");
        }
        String account = json.getString("account_number", accounts.all().get(0).number());
        return mobileMoney.byReference(account, reference)
                .orElseThrow(() -> ApiException.notFound("No transaction with reference " + reference + " for " + account));
    }

    private JsonObject delivery(Delivery d) {
        JsonArrayBuilder attempts = JSON.createArrayBuilder();
        for (Attempt a : webhooks.attempts(d.id())) {
            JsonObjectBuilder attempt = JSON.createObjectBuilder()
                    .add("attempt", a.attemptNo())
                    .add("at", Wire.iso(a.attemptedAt()))
                    .add("duration_ms", a.durationMs());
            if (a.httpStatus() != null) {
                attempt.add("http_status", a.httpStatus());
            }
            if (a.error() != null) {
                attempt.add("error", a.error());
            }
            attempts.add(attempt);
        }
        JsonObjectBuilder b = JSON.createObjectBuilder()
                .add("id", d.id())
                .add("account_number", d.accountNumber())
                .add("event", d.event())
                .add("url", d.url())
                .add("status", d.status())
                .add("attempts", d.attempts())
                .add("payload", JSON.createReader(new java.io.StringReader(d.payload())).readObject())
                .add("attempt_log", attempts)
                .add("created_at", Wire.iso(d.createdAt()));
        if (d.nextAttemptAt() != null) {
            b.add("next_attempt_at", Wire.iso(d.nextAttemptAt()));
        }
        return b.build();
    }

    private static long integer(JsonObject json, String key, long min, long max) {
        return integer(json, key, min, max, null);
    }

    private static long integer(JsonObject json, String key, long min, long max, Integer fallback) {
        if (!json.containsKey(key) && fallback != null) {
            return fallback;
        }
        try {
            long value = Long.parseLong(Validator.text(json, key));
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalid(key, "must be an integer from " + min + " to " + max);
    }
}
