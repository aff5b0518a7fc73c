package rw.paydesk.sandbox.charge;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import rw.paydesk.sandbox.api.ApiException;
import rw.paydesk.sandbox.api.Wire;
import rw.paydesk.sandbox.auth.Account;
import rw.paydesk.sandbox.auth.Accounts;
import rw.paydesk.sandbox.control.Counters;
import rw.paydesk.sandbox.control.GatewayCall;

/**
 * The mobile-money charges API under {@code /sandbox/dgs/generation/v2/charges} (it replaces
 * {@code https://pay.digitalservicescenter.rw/generation/v2/charges}): authenticates the API key,
 * checks PAYIN_MOBILE, and hands the request over to {@link Charges}. Latency and injected faults
 * apply to it as to the v2 API, under the operation name {@code charges}.
 */
@RequestScoped
@Path("dgs/generation/v2/charges")
@GatewayCall
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, MediaType.WILDCARD})
public class ChargesResource {

    /** The docs' header; its value is the account's client secret. */
    public static final String API_KEY_HEADER = "X-DGS-API-Key";
    /** The v2 API code that enables mobile-money collections, charges included. */
    static final String API_CODE = "PAYIN_MOBILE";

    @Inject
    Accounts accounts;

    @Inject
    Counters counters;

    @Inject
    Charges charges;

    @POST
    public String charge(@HeaderParam(API_KEY_HEADER) String apiKey, String body) {
        Account account = authenticate(apiKey);
        counters.apiCall(account.number(), "charges");
        if (!account.enabled(API_CODE)) {
            throw ApiException.forbidden("API code " + API_CODE + " is not enabled for account " + account.number());
        }
        return charges.create(account, ChargeRequest.parse(Wire.object(body))).toString();
    }

    private Account authenticate(String apiKey) {
        String key = apiKey == null ? "" : apiKey.trim();
        if (key.isEmpty()) {
            throw ApiException.unauthorized("Missing API key: send " + API_KEY_HEADER + ": YOUR_API_KEY");
        }
        if (key.startsWith("sk_live_")) {
            throw ApiException.unauthorized("Live keys (sk_live_) are not accepted by the sandbox; use your sk_sandbox_ key");
        }
        return accounts.withSecret(key).orElseThrow(() -> ApiException.unauthorized("Invalid API key"));
    }
}
