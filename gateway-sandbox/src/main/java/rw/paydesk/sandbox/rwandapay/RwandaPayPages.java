package rw.paydesk.sandbox.rwandapay;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import rw.paydesk.sandbox.api.Wire;
import rw.paydesk.sandbox.operator.Html;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * Rwanda Pay's server-rendered pages: the customer's prompt behind {@code payment_url}, the hosted
 * checkout, and the operator's overview (payments, balance, withdrawals).
 */
@RequestScoped
@Path("rwandapay")
public class RwandaPayPages {

    private static final String BRAND = "Rwanda Pay";

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

    @Context
    HttpServletRequest request;

    // ---- the customer's mobile-money prompt (payment_url of a collection)

    @GET
    @Path("pay/{reference}")
    @Produces("text/html")
    public Response prompt(@PathParam("reference") String reference) {
        Optional<Payment> found = payments.find(reference);
        if (found.isEmpty()) {
            return Html.status(404, Html.customerPage(BRAND, "Payment not found",
                    "<div class=\"card\">There is no payment " + Html.esc(reference) + ".</div>", null));
        }
        Payment p = found.get();
        String summary = "<div class=\"phone\"><p class=\"muted\">" + Html.esc(p.provider().wire()) + " · " + Html.esc(p.phone())
                + "</p><p><strong>Pay " + p.amount() + " RWF to " + Html.esc(settings.merchantName()) + "</strong></p>"
                + "<p class=\"muted\">Ref " + Html.esc(p.reference()) + "</p>";
        if (p.status() == PaymentStatus.PENDING) {
            String action = request.getContextPath() + "/rwandapay/pay/" + Html.esc(p.reference());
            return Html.ok(Html.customerPage(BRAND, "Approve this payment?", summary
                    + "<form class=\"inline\" method=\"post\" action=\"" + action + "/approve\"><button type=\"submit\">Approve</button></form> "
                    + "<form class=\"inline\" method=\"post\" action=\"" + action + "/decline\"><button class=\"danger\" type=\"submit\">Decline</button></form>"
                    + "<p class=\"muted\">The prompt expires at " + Html.esc(Wire.isoSeconds(p.expiresAt())) + ".</p></div>", null));
        }
        return Html.ok(Html.customerPage(BRAND, title(p.status()), summary + "<p>Status: " + Html.badge(p.status().wire())
                + (p.failureReason() == null ? "" : " <span class=\"muted\">(" + Html.esc(p.failureReason()) + ")</span>")
                + "</p></div>", null));
    }

    @POST
    @Path("pay/{reference}/approve")
    public Response approve(@PathParam("reference") String reference) {
        payments.decide(reference, PaymentStatus.SUCCESSFUL);
        return Html.seeOther("rwandapay/pay/" + encode(reference));
    }

    @POST
    @Path("pay/{reference}/decline")
    public Response decline(@PathParam("reference") String reference) {
        payments.decide(reference, PaymentStatus.FAILED);
        return Html.seeOther("rwandapay/pay/" + encode(reference));
    }

    // ---- hosted checkout (payment_url of a checkout session)

    @GET
    @Path("checkout/{session}")
    @Produces("text/html")
    public Response checkout(@PathParam("session") String sessionId) {
        return checkoutPage(sessionId, null, null);
    }

    @POST
    @Path("checkout/{session}")
    @Produces("text/html")
    public Response pay(@PathParam("session") String sessionId, @FormParam("phone") String phoneText) {
        if (checkouts.find(sessionId).isEmpty()) {
            return checkoutPage(sessionId, null, null);
        }
        RwandaPhone phone;
        try {
            phone = RwandaPhone.parse(phoneText);
        } catch (IllegalArgumentException e) {
            return checkoutPage(sessionId, phoneText, "Phone number " + e.getMessage() + ".");
        }
        Checkouts.PayResult result = checkouts.pay(sessionId, phone);
        if (result instanceof Checkouts.PayResult.Started) {
            return Html.seeOther("rwandapay/checkout/" + encode(sessionId) + "/wait");
        }
        return checkoutPage(sessionId, null, null);
    }

    /** After "Pay": waits for the outcome, then sends the browser back to the merchant. */
    @GET
    @Path("checkout/{session}/wait")
    @Produces("text/html")
    public Response waitForOutcome(@PathParam("session") String sessionId) {
        Optional<Checkouts.Session> found = checkouts.find(sessionId);
        if (found.isEmpty() || found.get().paymentId() == null) {
            return checkoutPage(sessionId, null, null);
        }
        Checkouts.Session s = found.get();
        Payment p = payments.find(s.txRef()).orElseThrow();
        if (p.status() == PaymentStatus.PENDING) {
            String prompt = request.getContextPath() + "/rwandapay/pay/" + Html.esc(p.reference());
            return Html.ok(Html.customerPage(BRAND, "Approve on your phone", "<div class=\"card\"><p>A " + Html.esc(p.provider().wire())
                    + " prompt for <strong>" + p.amount() + " RWF</strong> was sent to " + Html.esc(p.phone())
                    + ". Approve it with your PIN; this page moves on by itself.</p><p class=\"muted\">In the sandbox the prompt is "
                    + "<a href=\"" + prompt + "\">here</a>.</p></div>", 2));
        }
        return Response.seeOther(URI.create(backToMerchant(s, p))).build();
    }

    private Response checkoutPage(String sessionId, String typedPhone, String error) {
        Optional<Checkouts.Session> found = checkouts.find(sessionId);
        if (found.isEmpty()) {
            return Html.status(404, Html.customerPage(BRAND, "Checkout not found",
                    "<div class=\"card\">This checkout session does not exist.</div>", null));
        }
        Checkouts.Session s = found.get();
        String merchant = "<p class=\"muted\">" + Html.esc(settings.merchantName()) + " · order " + Html.esc(s.txRef()) + "</p>"
                + "<p style=\"font-size:1.6rem;margin:.2rem 0\"><strong>" + s.amount() + " " + Html.esc(s.currency()) + "</strong></p>";
        if (s.paymentId() != null) {
            Payment p = payments.find(s.txRef()).orElseThrow();
            String back = p.status() == PaymentStatus.PENDING ? "" : "<p><a href=\"" + Html.esc(backToMerchant(s, p))
                    + "\">Return to " + Html.esc(settings.merchantName()) + "</a></p>";
            return Html.ok(Html.customerPage(BRAND, "Already paid", "<div class=\"card\">" + merchant
                    + "<p>This checkout has already been used for a payment (" + Html.badge(p.status().wire())
                    + "). It cannot be paid again.</p>" + back + "</div>", null));
        }
        if (s.expired(Instant.now())) {
            return Html.status(410, Html.customerPage(BRAND, "Checkout expired", "<div class=\"card\">" + merchant
                    + "<p>This checkout session expired at " + Html.esc(Wire.isoSeconds(s.expiresAt()))
                    + ". Please go back to the merchant and start again.</p></div>", null));
        }
        String phone = typedPhone != null ? typedPhone : s.customer().getString("phone", "");
        String action = request.getContextPath() + "/rwandapay/checkout/" + Html.esc(s.sessionId());
        return Html.ok(Html.customerPage(BRAND, "Pay " + settings.merchantName(), "<div class=\"card\">" + merchant
                + (error == null ? "" : "<div class=\"msg\">Please check: " + Html.esc(error) + "</div>")
                + "<form class=\"stack\" method=\"post\" action=\"" + action + "\">"
                + "<label for=\"phone\">MTN MoMo or Airtel Money number</label>"
                + "<input id=\"phone\" name=\"phone\" type=\"tel\" inputmode=\"tel\" autocomplete=\"tel\" placeholder=\"0788123456\" required value=\""
                + Html.esc(phone) + "\"><p><button type=\"submit\">Pay " + s.amount() + " RWF</button></p></form>"
                + "<p class=\"muted\">You will approve the payment on your phone. Expires "
                + Html.esc(Wire.isoSeconds(s.expiresAt())) + ".</p></div>", null));
    }

    private static String backToMerchant(Checkouts.Session s, Payment p) {
        String separator = s.redirectUrl().contains("?") ? "&" : "?";
        return s.redirectUrl() + separator + "status=" + encode(p.status().wire()) + "&tx_ref=" + encode(s.txRef())
                + "&reference=" + encode(p.reference());
    }

    // ---- the operator's overview

    @GET
    @Produces("text/html")
    public Response overview(@QueryParam("msg") String message) {
        String base = request.getContextPath();
        MerchantWallet.Balance b = wallet.read();
        StringBuilder body = new StringBuilder();
        if (message != null) {
            body.append("<div class=\"msg\">").append(Html.esc(message)).append("</div>");
        }
        body.append("<div class=\"card\"><p>A stateful emulator of the Rwanda Pay API v1. Base URL:</p><pre>")
                .append(Html.esc(settings.apiUrl())).append("</pre><p class=\"muted\">Secret key <code>")
                .append(Html.esc(settings.secretKey())).append("</code> · public key <code>").append(Html.esc(settings.publicKey()))
                .append("</code> · test numbers: <code>").append(Payments.FAILING_NUMBER).append("</code> fails, <code>")
                .append(Payments.WAITING_NUMBER).append("</code> waits for approval on its payment page, any other MTN/Airtel "
                        + "number succeeds.</p></div>")
                .append("<h2>Balance</h2><div class=\"card scroll\"><table><tr><th class=\"num\">Balance</th>"
                        + "<th class=\"num\">Available</th><th class=\"num\">Pending</th></tr><tr><td class=\"num\">")
                .append(b.total()).append("</td><td class=\"num\">").append(b.available()).append("</td><td class=\"num\">")
                .append(b.pending()).append("</td></tr></table><form class=\"inline\" method=\"post\" action=\"").append(base)
                .append("/rwandapay/settle-now\"><button class=\"secondary\" type=\"submit\">Settle pending funds now</button></form></div>")
                .append("<h2>Payments</h2><div class=\"card scroll\"><table><tr><th>Reference</th><th>Merchant ref</th>"
                        + "<th>Status</th><th class=\"num\">Amount</th><th class=\"num\">Refunded</th><th>Phone</th><th>Created (UTC)</th></tr>");
        var recent = payments.recent(50);
        if (recent.isEmpty()) {
            body.append("<tr><td colspan=\"7\" class=\"muted\">No payment yet.</td></tr>");
        }
        for (Payment p : recent) {
            body.append("<tr><td><a href=\"").append(base).append("/rwandapay/pay/").append(Html.esc(p.reference())).append("\">")
                    .append(Html.esc(p.reference())).append("</a></td><td>").append(Html.esc(p.merchantReference()))
                    .append("</td><td>").append(Html.badge(p.status().wire())).append("</td><td class=\"num\">").append(p.amount())
                    .append("</td><td class=\"num\">").append(p.refundedAmount()).append("</td><td>")
                    .append(Html.esc(p.provider().wire() + " " + p.phone())).append("</td><td>")
                    .append(Html.esc(Wire.walletTime(p.createdAt()))).append("</td></tr>");
        }
        body.append("</table></div><h2>Withdrawals</h2><div class=\"card scroll\"><table><tr><th>Reference</th><th>Status</th>"
                + "<th class=\"num\">Amount</th><th>To</th><th>Created (UTC)</th></tr>");
        var outgoing = withdrawals.recent(20);
        if (outgoing.isEmpty()) {
            body.append("<tr><td colspan=\"5\" class=\"muted\">No withdrawal yet.</td></tr>");
        }
        for (Withdrawals.Withdrawal w : outgoing) {
            body.append("<tr><td>").append(Html.esc(w.reference())).append("</td><td>").append(Html.badge(w.status()))
                    .append("</td><td class=\"num\">").append(w.amount()).append("</td><td>")
                    .append(Html.esc(w.provider().wire() + " " + w.phone())).append("</td><td>")
                    .append(Html.esc(Wire.walletTime(w.createdAt()))).append("</td></tr>");
        }
        body.append("</table></div><p class=\"muted\">Webhooks are on the <a href=\"").append(base)
                .append("/webhooks\">webhook log</a>; control endpoints under <code>").append(Html.esc(base))
                .append("/control/rwandapay/…</code> are described in the module's README.</p>");
        return Html.ok(Html.operatorPage(base, "Rwanda Pay v1 sandbox", body.toString()));
    }

    @POST
    @Path("settle-now")
    public Response settleNow() {
        int n = payments.settleAllNow();
        return Html.seeOther("rwandapay?msg=" + encode(n + " payment(s) will settle within a second."));
    }

    private static String title(PaymentStatus status) {
        return switch (status) {
            case FAILED -> "Payment failed";
            case PENDING -> "Waiting for approval";
            default -> "Payment complete";
        };
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
