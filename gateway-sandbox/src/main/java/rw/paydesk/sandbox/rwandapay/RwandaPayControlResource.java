package rw.paydesk.sandbox.rwandapay;

import static rw.paydesk.sandbox.api.Jsons.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import rw.paydesk.sandbox.control.Faults;

import java.time.Duration;

/**
 * Test shortcuts for Rwanda Pay under {@code /sandbox/control/rwandapay}: faults, the rate limit,
 * settlement and payment outcomes. No API key: never expose a sandbox beyond a test machine.
 */
@RequestScoped
@Path("control/rwandapay")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
public class RwandaPayControlResource {

    @Inject
    RwandaPayFaults faults;

    @Inject
    Payments payments;

    @Inject
    MerchantWallet wallet;

    @GET
    @Path("state")
    public String state() {
        JsonArrayBuilder rules = JSON.createArrayBuilder();
        for (Faults.Rule r : faults.pending()) {
            rules.add(JSON.createObjectBuilder().add("mode", r.mode().wire()).add("remaining", r.remaining())
                    .add("hold_ms", r.holdMs()).add("operation", r.operation() == null ? "*" : r.operation()));
        }
        return JSON.createObjectBuilder()
                .add("rate_limit_per_minute", faults.limiter().limit())
                .add("rate_limit_window_seconds", faults.limiter().window().toSeconds())
                .add("faults", rules)
                .build().toString();
    }

    /** The next {@code count} calls (of {@code operation}, or any) answer 500, hang, or hang after doing the work. */
    @POST
    @Path("faults")
    public String addFault(String text) {
        JsonObject body = Checks.body(text, false);
        Checks v = new Checks();
        String modeText = v.text(body, "mode", 40, true);
        Faults.Mode mode = modeText == null ? null : Faults.Mode.fromWire(modeText)
                .filter(m -> m != Faults.Mode.TOO_MANY_REQUESTS).orElse(null);
        if (modeText != null && mode == null) {
            v.error("mode", "must be 500, timeout or timeout_after_processing");
        }
        Long count = v.wholeAmount(body, "count", 1, 1_000_000, false);
        Long holdMs = v.wholeAmount(body, "hold_ms", 0, 600_000, false);
        String operation = v.text(body, "operation", 40, false);
        v.throwIfInvalid();
        faults.add(mode, operation == null || operation.equals("*") ? null : operation, count == null ? 1 : count.intValue(), holdMs);
        return state();
    }

    @DELETE
    @Path("faults")
    public String clearFaults() {
        faults.clearFaults();
        return state();
    }

    /** Back to the configured rate limit, with no faults. */
    @POST
    @Path("reset")
    public String reset() {
        faults.reset();
        return state();
    }

    @POST
    @Path("rate-limit")
    public String rateLimit(String text) {
        JsonObject body = Checks.body(text, false);
        Checks v = new Checks();
        Long perMinute = v.wholeAmount(body, "per_minute", 1, 1_000_000, true);
        // a test may shorten the documented minute, so that waiting it out takes seconds
        Long windowSeconds = v.wholeAmount(body, "window_seconds", 1, 3_600, false);
        v.throwIfInvalid();
        faults.limiter().limit(perMinute.intValue(), Duration.ofSeconds(windowSeconds == null ? 60 : windowSeconds));
        return state();
    }

    /** Adds to the available balance, e.g. after a test emptied it to see a 402. */
    @POST
    @Path("top-up")
    public String topUp(String text) {
        JsonObject body = Checks.body(text, false);
        Checks v = new Checks();
        Long amount = v.wholeAmount(body, "amount", 1, 1_000_000_000, true);
        v.throwIfInvalid();
        MerchantWallet.Balance b = wallet.topUp(amount);
        return JSON.createObjectBuilder().add("balance", b.total()).add("available_balance", b.available())
                .add("pending_balance", b.pending()).build().toString();
    }

    @POST
    @Path("settle-now")
    public String settleNow() {
        return JSON.createObjectBuilder().add("settling", payments.settleAllNow()).build().toString();
    }

    /** Decides a pending payment now, as the customer would on payment_url. */
    @POST
    @Path("payments/{reference}/outcome")
    public String outcome(@PathParam("reference") String reference, String text) {
        JsonObject body = Checks.body(text, false);
        Checks v = new Checks();
        String status = v.text(body, "status", 20, true);
        if (status != null && !status.equals("successful") && !status.equals("failed")) {
            v.error("status", "must be successful or failed");
        }
        v.throwIfInvalid();
        boolean changed = payments.decide(reference, PaymentStatus.fromWire(status));
        Payment p = payments.find(reference).orElseThrow();
        return JSON.createObjectBuilder().add("reference", p.reference()).add("status", p.status().wire())
                .add("changed", changed).build().toString();
    }
}
