package rw.paydesk.sandbox.rwandapay;

import static rw.paydesk.sandbox.api.Jsons.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import rw.paydesk.sandbox.api.Wire;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;

/**
 * The Rwanda Pay API v1 under {@code /sandbox/rwandapay/v1}. Thin: it reads and validates the body,
 * delegates, and wraps the answer in the success envelope. Authentication, rate limit, faults and
 * idempotency are done before by {@link RwandaPayGate}.
 */
@RequestScoped
@Path("rwandapay/v1")
@RwandaPayCall
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
public class RwandaPayResource {

    @Inject
    Payments payments;

    @Inject
    Checkouts checkouts;

    @Inject
    Withdrawals withdrawals;

    @Inject
    MerchantWallet wallet;

    @Inject
    RwandaPaySettings settings;

    @POST
    @Path("payments/collect")
    public Response collect(String text) {
        JsonObject body = Checks.body(text, false);
        Checks v = new Checks();
        Long amount = v.wholeAmount(body, "amount", RwandaPayFees.MIN_COLLECTION, RwandaPayFees.MAX_COLLECTION, true);
        RwandaPhone phone = v.phone(body, "phone");
        Provider provider = v.provider(body, "provider", phone);
        String reference = v.reference(body, "reference", false);
        String callbackUrl = v.webhookUrl(body, "callback_url");
        JsonObject metadata = v.object(body, "metadata", false);
        v.throwIfInvalid();
        String name = metadata.get("customer_name") instanceof jakarta.json.JsonString s ? s.getString() : null;
        var customer = JSON.createObjectBuilder();
        Payment.nullable(customer, "name", name);
        customer.add("phone", phone.national());
        Payment.nullable(customer, "email", null);
        Payment p = payments.create(new Payments.NewPayment(amount, phone, provider, reference, callbackUrl,
                customer.build(), metadata, null));
        var data = JSON.createObjectBuilder()
                .add("reference", p.reference())
                .add("status", p.status().wire())
                .add("amount", p.amount())
                .add("fee", p.fee())
                .add("net_amount", p.netAmount())
                .add("currency", p.currency())
                .add("payment_url", settings.pagesUrl() + "/pay/" + p.reference())
                .add("expires_at", Wire.isoSeconds(p.expiresAt()));
        Payment.nullable(data, "merchant_reference", p.merchantReference());
        data.add("provider", p.provider().wire()).add("customer_phone", p.phone());
        return RwandaPayErrors.success(201, data.build());
    }

    @GET
    @Path("payments/{reference}")
    public Response payment(@PathParam("reference") String reference) {
        Payment p = payments.find(reference)
                .orElseThrow(() -> RwandaPayErrors.notFound("reference", "no payment with reference " + reference));
        return RwandaPayErrors.success(200, p.statusView());
    }

    @POST
    @Path("payments/{reference}/refund")
    public Response refund(@PathParam("reference") String reference, String text) {
        JsonObject body = Checks.body(text, true);
        Checks v = new Checks();
        Long amount = v.wholeAmount(body, "amount", 1, Long.MAX_VALUE, false);
        String reason = v.text(body, "reason", 500, false);
        v.throwIfInvalid();
        return RwandaPayErrors.success(201, payments.refund(reference, amount, reason));
    }

    @POST
    @Path("checkout/initialize")
    public Response checkout(String text) {
        JsonObject body = Checks.body(text, false);
        Checks v = new Checks();
        Long amount = v.wholeAmount(body, "amount", RwandaPayFees.MIN_COLLECTION, RwandaPayFees.MAX_COLLECTION, true);
        String currency = v.text(body, "currency", 3, false);
        if (currency != null && !currency.equals("RWF")) {
            v.error("currency", "must be RWF");
        }
        JsonObject customerIn = v.object(body, "customer", false);
        Checks c = v.in("customer");
        String name = c.text(customerIn, "name", 100, false);
        String email = c.email(customerIn, "email");
        RwandaPhone phone = customerIn.containsKey("phone") && !customerIn.isNull("phone") ? c.phone(customerIn, "phone") : null;
        String txRef = v.reference(body, "tx_ref", true);
        String redirectUrl = v.browserUrl(body, "redirect_url", true);
        String webhookUrl = v.webhookUrl(body, "webhook_url");
        JsonObject meta = v.object(body, "meta", false);
        v.throwIfInvalid();
        var customer = JSON.createObjectBuilder();
        Payment.nullable(customer, "name", name);
        Payment.nullable(customer, "phone", phone == null ? null : phone.national());
        Payment.nullable(customer, "email", email);
        Checkouts.Session s = checkouts.initialize(amount, "RWF", customer.build(), txRef, redirectUrl, webhookUrl, meta);
        return RwandaPayErrors.success(201, JSON.createObjectBuilder()
                .add("session_id", s.sessionId())
                .add("reference", s.txRef())
                .add("payment_url", settings.pagesUrl() + "/checkout/" + s.sessionId())
                .add("expires_at", Wire.isoSeconds(s.expiresAt()))
                .add("amount", s.amount())
                .add("currency", s.currency())
                .build());
    }

    @POST
    @Path("withdrawals")
    public Response withdraw(String text) {
        JsonObject body = Checks.body(text, false);
        Checks v = new Checks();
        Long amount = v.wholeAmount(body, "amount", RwandaPayFees.MIN_WITHDRAWAL, Long.MAX_VALUE, true);
        RwandaPhone phone = v.phone(body, "phone");
        Provider provider = v.provider(body, "provider", phone);
        String pin = v.text(body, "pin", 20, true);
        if (pin != null && !MessageDigest.isEqual(pin.getBytes(StandardCharsets.UTF_8),
                settings.pin().getBytes(StandardCharsets.UTF_8))) {
            v.error("pin", "is incorrect");
        }
        String callbackUrl = v.webhookUrl(body, "callback_url");
        v.throwIfInvalid();
        return RwandaPayErrors.success(201, withdrawals.create(amount, phone, provider, callbackUrl).view());
    }

    @GET
    @Path("withdrawals/{reference}")
    public Response withdrawal(@PathParam("reference") String reference) {
        return RwandaPayErrors.success(200, withdrawals.find(reference)
                .orElseThrow(() -> RwandaPayErrors.notFound("reference", "no withdrawal with reference " + reference))
                .view());
    }

    @GET
    @Path("balance")
    public Response balance() {
        MerchantWallet.Balance b = wallet.read();
        return RwandaPayErrors.success(200, JSON.createObjectBuilder()
                .add("balance", b.total())
                .add("currency", "RWF")
                .add("available_balance", b.available())
                .add("pending_balance", b.pending())
                .build());
    }

    /** Any other path under the API answers in the API's own error shape. */
    @GET
    @Path("{path: .*}")
    public Response unknownGet(@PathParam("path") String path) {
        throw RwandaPayErrors.notFound("path", "no endpoint GET /" + path);
    }

    @POST
    @Path("{path: .*}")
    public Response unknownPost(@PathParam("path") String path) {
        throw RwandaPayErrors.notFound("path", "no endpoint POST /" + path);
    }
}
