package rw.paydesk.sandbox.link;

import static rw.paydesk.sandbox.api.Jsons.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import rw.paydesk.sandbox.api.ApiException;
import rw.paydesk.sandbox.api.RandomIds;
import rw.paydesk.sandbox.api.Wire;
import rw.paydesk.sandbox.auth.Account;
import rw.paydesk.sandbox.auth.Accounts;
import rw.paydesk.sandbox.card.CardData;
import rw.paydesk.sandbox.card.Cards;
import rw.paydesk.sandbox.ledger.Txn;
import rw.paydesk.sandbox.ledger.TxnStatus;
import rw.paydesk.sandbox.money.Coverage;
import rw.paydesk.sandbox.money.Fees;
import rw.paydesk.sandbox.operator.Html;
import rw.paydesk.sandbox.payment.MobileMoney;
import rw.paydesk.sandbox.payment.SimulatedResponse;
import rw.paydesk.sandbox.payment.SimulationContext;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The hosted page behind a payment link, where a customer pays by mobile money or card, and the
 * link's QR code. A card paid here goes through the hosted 3-D Secure page.
 */
@RequestScoped
@Path("pay")
public class PayPage {

    @Inject
    Links links;

    @Inject
    Accounts accounts;

    @Inject
    MobileMoney mobileMoney;

    @Inject
    Cards cards;

    @Context
    HttpServletRequest request;

    @GET
    @Path("qr/{token}.png")
    @Produces("image/png")
    public Response qr(@PathParam("token") String token) {
        PaymentLink link = links.find(token).orElseThrow(() -> ApiException.notFound("No such payment link"));
        return Response.ok(QrCodes.png(links.linkUrl(link.token()), 320)).build();
    }

    @GET
    @Path("{token}")
    @Produces("text/html")
    public Response page(@PathParam("token") String token) {
        return render(token, null);
    }

    private Response render(String token, Map<String, String> errors) {
        Optional<PaymentLink> found = links.find(token);
        if (found.isEmpty()) {
            return Html.status(404, Html.customerPage("Payment link not found",
                    "<div class=\"card\">This payment link does not exist.</div>", null));
        }
        PaymentLink link = found.get();
        Account merchant = accounts.get(link.accountNumber());
        Optional<Txn> attempt = links.attempt(link);
        StringBuilder body = new StringBuilder(summary(link, merchant));
        if (attempt.isPresent() && attempt.get().status() == TxnStatus.SUCCESSFUL) {
            body.append("<div class=\"card\">").append(Html.badge("successful"))
                    .append(" Paid. Reference <code>").append(Html.esc(attempt.get().reference())).append("</code>. Thank you!</div>");
            return Html.ok(Html.customerPage("Payment complete", body.toString(), null));
        }
        if (attempt.isPresent() && attempt.get().status() == TxnStatus.PENDING) {
            Txn t = attempt.get();
            body.append("<div class=\"card\">").append(Html.badge("pending")).append(' ');
            if ("card".equals(t.method())) {
                body.append("Waiting for 3-D Secure authentication. <a href=\"").append(Html.esc(cards.threeDsUrl(t.publicId())))
                        .append("?link=").append(Html.esc(token)).append("\">Continue</a>");
            } else {
                body.append("We sent a payment prompt to ").append(Html.esc("+" + t.msisdn()))
                        .append(". Approve it on your phone (in the sandbox: the <a href=\"").append(request.getContextPath())
                        .append("/handset\">virtual handset</a>). This page refreshes by itself.");
            }
            body.append("</div>");
            return Html.ok(Html.customerPage("Waiting for your approval", body.toString(), 3));
        }
        if (link.expiredAt(Instant.now())) {
            body.append("<div class=\"card\">This payment link expired at ").append(Html.esc(Wire.walletTime(link.expiresAt()))).append(" UTC.</div>");
            return Html.status(410, Html.customerPage("Payment link expired", body.toString(), null));
        }
        if (attempt.isPresent()) {
            body.append("<div class=\"msg\">The last attempt failed: ").append(Html.esc(attempt.get().failureReason()))
                    .append(". You can try again.</div>");
        }
        if (errors != null && !errors.isEmpty()) {
            body.append("<div class=\"msg\" style=\"background:#fbe1df\"><strong>Please check:</strong><ul>");
            errors.forEach((field, message) -> body.append("<li>").append(Html.esc(field)).append(' ').append(Html.esc(message)).append("</li>"));
            body.append("</ul></div>");
        }
        body.append("<div class=\"grid\">");
        Optional<Coverage> country = Coverage.byCurrency(link.currency());
        if (link.methods().contains("MOMO") && country.isPresent()) {
            body.append(momoForm(link, country.get()));
        }
        if (link.methods().contains("CARD")) {
            body.append(cardForm(link));
        }
        body.append("</div>");
        return Html.ok(Html.customerPage("Pay " + merchant.name(), body.toString(), null));
    }

    private String summary(PaymentLink link, Account merchant) {
        return "<div class=\"card\"><div class=\"muted\">" + Html.esc(merchant.name()) + "</div>"
                + "<div style=\"font-size:1.6rem;font-weight:600\">" + Html.esc(link.amount().stripTrailingZeros().toPlainString())
                + " " + Html.esc(link.currency()) + "</div>"
                + (link.description() == null ? "" : "<div>" + Html.esc(link.description()) + "</div>") + "</div>";
    }

    private String momoForm(PaymentLink link, Coverage country) {
        StringBuilder providers = new StringBuilder();
        country.providers().forEach(p -> providers.append("<option>").append(Html.esc(p)).append("</option>"));
        return "<form class=\"card stack\" method=\"post\" action=\"" + request.getContextPath() + "/pay/" + Html.esc(link.token()) + "/momo\">"
                + "<h2 style=\"margin-top:0\">Mobile money</h2>"
                + "<label for=\"m-provider\">Network</label><select id=\"m-provider\" name=\"provider\">" + providers + "</select>"
                + "<label for=\"m-phone\">Phone number (+" + country.dialingCode() + ")</label>"
                + "<input id=\"m-phone\" name=\"phone\" inputmode=\"tel\" placeholder=\"0788123456\" required>"
                + "<label for=\"m-name\">Full name</label><input id=\"m-name\" name=\"name\" required>"
                + "<label for=\"m-email\">E-mail</label><input id=\"m-email\" name=\"email\" type=\"email\" required>"
                + "<p class=\"muted\">A fee of " + Html.esc(Fees.mobileMoneyCollection(link.amount(), link.currency()).toPlainString())
                + " " + Html.esc(link.currency()) + " is added by the network.</p>"
                + "<button type=\"submit\">Pay with mobile money</button></form>";
    }

    private String cardForm(PaymentLink link) {
        StringBuilder outcomes = new StringBuilder();
        for (SimulatedResponse r : SimulatedResponse.values()) {
            outcomes.append("<option>").append(r.wire()).append("</option>");
        }
        return "<form class=\"card stack\" method=\"post\" autocomplete=\"off\" action=\"" + request.getContextPath() + "/pay/"
                + Html.esc(link.token()) + "/card\"><h2 style=\"margin-top:0\">Card</h2>"
                + "<label for=\"c-name\">Name on card</label><input id=\"c-name\" name=\"name\" required>"
                + "<label for=\"c-email\">E-mail</label><input id=\"c-email\" name=\"email\" type=\"email\" required>"
                + "<label for=\"c-number\">Card number</label><input id=\"c-number\" name=\"card_number\" inputmode=\"numeric\" placeholder=\"4532 1234 5678 9010\" required>"
                + "<div class=\"grid\" style=\"grid-template-columns:1fr 1fr 1fr;gap:.5rem\">"
                + "<div><label for=\"c-month\">Month</label><input id=\"c-month\" name=\"expiry_month\" placeholder=\"01\" required></div>"
                + "<div><label for=\"c-year\">Year</label><input id=\"c-year\" name=\"expiry_year\" placeholder=\"2028\" required></div>"
                + "<div><label for=\"c-cvv\">CVV</label><input id=\"c-cvv\" name=\"cvv\" inputmode=\"numeric\" required></div></div>"
                + "<label for=\"c-outcome\">Sandbox: issuer's answer</label><select id=\"c-outcome\" name=\"outcome\">" + outcomes + "</select>"
                + "<p class=\"muted\">Sandbox test card: 4532 1234 5678 9010. Nothing is charged.</p>"
                + "<button type=\"submit\">Pay by card</button></form>";
    }

    @POST
    @Path("{token}/momo")
    @Produces("text/html")
    public Response payByMomo(@PathParam("token") String token, @FormParam("provider") String provider,
                              @FormParam("phone") String phone, @FormParam("name") String name,
                              @FormParam("email") String email) {
        Optional<PaymentLink> link = payable(token);
        if (link.isEmpty()) {
            return render(token, null);
        }
        PaymentLink l = link.get();
        Coverage country = Coverage.byCurrency(l.currency()).orElseThrow(() -> ApiException.invalid("currency", "has no mobile money"));
        JsonObject body = JSON.createObjectBuilder()
                .add("pay_info", JSON.createObjectBuilder()
                        .add("amount", l.amount())
                        .add("currency", l.currency())
                        .add("api_code", "PAYIN_MOBILE")
                        .add("reference", reference())
                        .add("description", l.description() == null ? "Payment link" : l.description()))
                .add("from", JSON.createObjectBuilder()
                        .add("payment_type", "mobile_money")
                        .add("provider", nz(provider))
                        .add("name", nz(name))
                        .add("email", nz(email))
                        .add("phone", nz(phone).replaceAll("[^0-9]", ""))
                        .add("country_code", country.dialingCode()))
                .add("metadata", linkMetadata(l))
                .build();
        try {
            MobileMoney.Charge charge = mobileMoney.validate(body, false);
            MobileMoney.Charge withCallback = new MobileMoney.Charge(charge.amount(), charge.currency(), charge.reference(),
                    l.callbackUrl(), charge.description(), charge.country(), charge.provider(), charge.name(),
                    charge.email(), charge.phone(), charge.metadata(), charge.simulation());
            JsonObject created = mobileMoney.initiate(accounts.get(l.accountNumber()), withCallback);
            links.attach(token, created.getJsonNumber("transaction_id").longValue());
        } catch (ApiException e) {
            return render(token, errorsOf(e));
        }
        return Html.seeOther("pay/" + token);
    }

    @POST
    @Path("{token}/card")
    @Produces("text/html")
    public Response payByCard(@PathParam("token") String token, @FormParam("name") String name,
                              @FormParam("email") String email, @FormParam("card_number") String number,
                              @FormParam("expiry_month") String month, @FormParam("expiry_year") String year,
                              @FormParam("cvv") String cvv, @FormParam("outcome") String outcome) {
        Optional<PaymentLink> link = payable(token);
        if (link.isEmpty()) {
            return render(token, null);
        }
        PaymentLink l = link.get();
        Map<String, String> errors = new LinkedHashMap<>();
        if (!rw.paydesk.sandbox.api.Validator.validName(nz(name).trim())) {
            errors.put("name", "must be 2 to 50 characters: letters, spaces, commas, periods, apostrophes and hyphens");
        }
        if (!nz(email).matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.put("email", "must be a valid email address");
        }
        // The hosted page belongs to the gateway, so the card reaches it directly (never a merchant server).
        String plain = JSON.createObjectBuilder().add("card_number", nz(number)).add("expiry_month", nz(month).trim())
                .add("expiry_year", nz(year).trim()).add("cvv", nz(cvv).trim()).build().toString();
        Optional<CardData> card = CardData.parse(plain, errors);
        if (!errors.isEmpty() || card.isEmpty()) {
            return render(token, errors);
        }
        Cards.CardCharge charge = new Cards.CardCharge(l.amount(), l.currency(), reference(), l.callbackUrl(),
                l.description(), card.get().brand(), name.trim(), email.trim(), "0", "0", linkMetadata(l),
                SimulationContext.AUTH_3DS, SimulatedResponse.fromWire(outcome).orElse(SimulatedResponse.APPROVED));
        JsonObject created = cards.create(accounts.get(l.accountNumber()), charge, card.get());
        Txn t = cards.find(created.getString("charge_id")).orElseThrow();
        links.attach(token, t.id());
        if (t.status() == TxnStatus.PENDING) {
            return Response.seeOther(java.net.URI.create(cards.threeDsUrl(t.publicId()) + "?link=" + token)).build();
        }
        return Html.seeOther("pay/" + token);
    }

    /** The link, if a payment may start now (not paid, not waiting, not expired). */
    private Optional<PaymentLink> payable(String token) {
        Optional<PaymentLink> link = links.find(token);
        if (link.isEmpty() || link.get().expiredAt(Instant.now())) {
            return Optional.empty();
        }
        Optional<Txn> attempt = links.attempt(link.get());
        return attempt.isPresent() && attempt.get().status() != TxnStatus.FAILED ? Optional.empty() : link;
    }

    private static JsonObject linkMetadata(PaymentLink l) {
        JsonObject stored = JSON.createReader(new java.io.StringReader(l.metadata() == null ? "{}" : l.metadata())).readObject();
        return JSON.createObjectBuilder(stored).add("payment_link_token", l.token()).build();
    }

    private static Map<String, String> errorsOf(ApiException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        JsonObject fields = e.body().getJsonObject("errors");
        if (fields != null) {
            fields.forEach((k, v) -> errors.put(k, v.toString().replace("\"", "")));
        } else {
            errors.put("payment", e.getMessage());
        }
        return errors;
    }

    private static String reference() {
        return "LNK" + RandomIds.random(RandomIds.UPPER_ALPHANUMERIC, 14);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
