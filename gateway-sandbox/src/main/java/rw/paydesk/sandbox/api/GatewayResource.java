package rw.paydesk.sandbox.api;

import static rw.paydesk.sandbox.api.Jsons.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import rw.paydesk.sandbox.auth.Account;
import rw.paydesk.sandbox.auth.Accounts;
import rw.paydesk.sandbox.auth.Authenticated;
import rw.paydesk.sandbox.auth.Caller;
import rw.paydesk.sandbox.auth.TokenService;
import rw.paydesk.sandbox.card.CardKeys;
import rw.paydesk.sandbox.card.Cards;
import rw.paydesk.sandbox.control.Counters;
import rw.paydesk.sandbox.control.GatewayCall;
import rw.paydesk.sandbox.fx.FxQuotes;
import rw.paydesk.sandbox.link.Links;
import rw.paydesk.sandbox.payment.MobileMoney;
import rw.paydesk.sandbox.payout.Banks;
import rw.paydesk.sandbox.payout.Payouts;
import rw.paydesk.sandbox.wallet.WalletQueries;

import java.util.Map;

/**
 * The emulated DGS-Pay API v2 under {@code /sandbox/dgs/api-v2}: parses, authenticates, checks
 * the api_code, and hands over to the feature that does the work.
 */
@RequestScoped
@Path("dgs/api-v2")
@GatewayCall
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, MediaType.WILDCARD})
public class GatewayResource {

    @Inject
    Accounts accounts;

    @Inject
    TokenService tokens;

    @Inject
    Counters counters;

    @Inject
    MobileMoney mobileMoney;

    @Inject
    Cards cards;

    @Inject
    CardKeys cardKeys;

    @Inject
    Payouts payouts;

    @Inject
    WalletQueries wallet;

    @Inject
    FxQuotes fx;

    @Inject
    Links links;

    @Inject
    Caller caller;

    @POST
    @Path("api/auth/token")
    public String token(String body) {
        JsonObject json = Wire.object(body);
        String number = Validator.text(json, "account_number");
        String secret = Validator.text(json, "client_secret");
        counters.tokenRequest(number);
        Validator v = new Validator();
        v.required(json, "account_number");
        v.required(json, "client_secret");
        if (!v.ok()) {
            throw new ApiException(400, JSON.createObjectBuilder(ApiException.invalid(v.errors(), null).body())
                    .add("error", "account_number and client_secret are required").build());
        }
        if (secret.startsWith("sk_live_")) {
            throw ApiException.unauthorized("Live keys (sk_live_) are not accepted by the sandbox; use your sk_sandbox_ key");
        }
        Account account = accounts.authenticate(number, secret)
                .orElseThrow(() -> ApiException.unauthorized("Invalid account number or client secret"));
        TokenService.Issued issued = tokens.issue(account);
        return JSON.createObjectBuilder()
                .add("status", "success")
                .add("message", "Token generated")
                .add("access_token", issued.token())
                .add("token_type", "Bearer")
                .add("expires_in", tokens.lifetimeSeconds())
                .add("expires_at", issued.expiresAt().getEpochSecond())
                .add("environment", "sandbox")
                .build().toString();
    }

    @POST
    @Path("api/init_payment")
    @Authenticated
    public String initPayment(String body) {
        JsonObject json = Wire.object(body);
        String apiCode = Validator.text(Wire.objectOrEmpty(json, "pay_info"), "api_code");
        if (apiCode == null || apiCode.isEmpty()) {
            throw ApiException.invalid(Map.of("api_code", "is required"), Validator.text(Wire.objectOrEmpty(json, "from"), "payment_type"));
        }
        switch (apiCode) {
            case "PAYIN_MOBILE" -> {
                enabled(apiCode);
                return mobileMoney.initiate(account(), mobileMoney.validate(json)).toString();
            }
            case "PAYIN_CARD_LOCAL", "PAYIN_CARD_INTL" -> {
                enabled(apiCode);
                return cards.initiate(account(), json).toString();
            }
            default -> throw ApiException.invalid(Map.of("api_code", "must be PAYIN_MOBILE, PAYIN_CARD_LOCAL or PAYIN_CARD_INTL"),
                    Validator.text(Wire.objectOrEmpty(json, "from"), "payment_type"));
        }
    }

    @POST
    @Path("api/authorize_payment")
    @Authenticated
    public String authorizePayment(String body) {
        return cards.authorize(account(), Wire.object(body)).toString();
    }

    @POST
    @Path("api/init_payout")
    @Authenticated
    public String initPayout(String body) {
        JsonObject json = Wire.object(body);
        String apiCode = Validator.text(Wire.objectOrEmpty(json, "pay_info"), "api_code");
        if (apiCode != null && Account.API_CODES.contains(Account.canonicalApiCode(apiCode))) {
            enabled(apiCode);
        }
        return payouts.initiate(account(), payouts.validate(json)).toString();
    }

    @POST
    @Path("api/wallet")
    @Authenticated
    public String wallet(String body) {
        return wallet.answer(account(), Wire.object(body)).toString();
    }

    /** The docs' heading writes {@code /api-v2/wallet}; the curl examples use {@code /api/wallet}. */
    @POST
    @Path("wallet")
    @Authenticated
    public String walletShortPath(String body) {
        return wallet(body);
    }

    @POST
    @Path("api/fx-rate")
    @Authenticated
    public String fxRate(String body) {
        return fx.quote(Wire.object(body)).toString();
    }

    @POST
    @Path("api/create-link")
    @Authenticated
    public String createLink(String body) {
        return links.create(account(), Wire.object(body)).toString();
    }

    /** The docs' heading writes {@code /api-v2/api/create-link} relative to a base that already ends in /api-v2. */
    @POST
    @Path("api-v2/api/create-link")
    @Authenticated
    public String createLinkDoubledPath(String body) {
        return createLink(body);
    }

    @GET
    @Path("api/banks")
    @Authenticated
    public String banks() {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        Banks.ALL.forEach(b -> list.add(JSON.createObjectBuilder()
                .add("bank_code_name", b.codeName())
                .add("bank_code", b.code())
                .add("name", b.name())));
        return JSON.createObjectBuilder().add("status", "success").add("country", "RW").add("banks", list).build().toString();
    }

    /** The public key for encrypting card data, as JSON. Needs no token: it is meant for browsers. */
    @GET
    @Path("api/public-key")
    public String publicKey() {
        return JSON.createObjectBuilder()
                .add("status", "success")
                .add("public_key", cardKeys.publicKeyPem())
                .add("format", "PEM, X.509 SubjectPublicKeyInfo (BEGIN PUBLIC KEY)")
                .add("algorithm", "RSA 2048, PKCS#1 v1.5 padding (JSEncrypt compatible)")
                .add("encoding", "encrypted_card_data and encrypted_pin are base64 of the RSA ciphertext")
                .build().toString();
    }

    @GET
    @Path("api/public-key.pem")
    @Produces("application/x-pem-file")
    public String publicKeyPem() {
        return cardKeys.publicKeyPem();
    }

    private Account account() {
        return caller.account();
    }

    private void enabled(String apiCode) {
        if (!account().enabled(apiCode)) {
            throw ApiException.forbidden("API code " + apiCode + " is not enabled for account " + account().number());
        }
    }
}
