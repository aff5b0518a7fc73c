package rw.paydesk.sandbox.handset;

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
import rw.paydesk.sandbox.api.ApiException;
import rw.paydesk.sandbox.auth.Accounts;
import rw.paydesk.sandbox.ledger.Txn;
import rw.paydesk.sandbox.operator.Html;
import rw.paydesk.sandbox.payment.MobileMoney;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The virtual handset: pending mobile-money prompts grouped by phone, approved with a PIN or declined. */
@RequestScoped
@Path("handset")
public class HandsetPage {

    @Inject
    MobileMoney mobileMoney;

    @Inject
    Accounts accounts;

    @Context
    HttpServletRequest request;

    @GET
    @Produces("text/html")
    public Response page(@QueryParam("phone") String phone, @QueryParam("msg") String message) {
        String base = request.getContextPath();
        Map<String, List<Txn>> byPhone = new LinkedHashMap<>();
        for (Txn t : mobileMoney.prompts()) {
            if (phone == null || phone.isBlank() || t.msisdn().endsWith(phone.replaceAll("[^0-9]", ""))) {
                byPhone.computeIfAbsent(t.msisdn(), k -> new java.util.ArrayList<>()).add(t);
            }
        }
        StringBuilder body = new StringBuilder();
        if (message != null) {
            body.append("<div class=\"msg\">").append(Html.esc(message)).append("</div>");
        }
        body.append("<form class=\"inline\" method=\"get\"><label for=\"phone\" style=\"margin:0\">Phone</label>")
                .append("<input id=\"phone\" name=\"phone\" inputmode=\"tel\" value=\"").append(Html.esc(phone == null ? "" : phone))
                .append("\" placeholder=\"782589800\"><button class=\"secondary\" type=\"submit\">Filter</button>")
                .append("<a href=\"").append(base).append("/handset\">All phones</a></form>");
        if (byPhone.isEmpty()) {
            body.append("<p class=\"muted\">No prompt is waiting. Start a mobile-money payment without a <code>simulation</code> "
                    + "object and it appears here. This page does not refresh by itself: reload it.</p>");
        }
        body.append("<div class=\"grid\">");
        byPhone.forEach((msisdn, prompts) -> {
            body.append("<div class=\"phone\"><div class=\"muted\">+").append(Html.esc(msisdn)).append("</div>");
            for (Txn t : prompts) {
                body.append("<div class=\"card\" style=\"margin:.6rem 0\"><strong>").append(Html.esc(t.provider()))
                        .append(" MoMo</strong><p>Pay <strong>").append(Html.esc(t.chargedAmount().stripTrailingZeros().toPlainString()))
                        .append(' ').append(Html.esc(t.currency())).append("</strong> to ")
                        .append(Html.esc(accounts.find(t.accountNumber()).map(a -> a.name()).orElse(t.accountNumber())))
                        .append("?</p><p class=\"muted\">Ref ").append(Html.esc(t.reference())).append(" · fee ")
                        .append(Html.esc(t.fee().stripTrailingZeros().toPlainString())).append("</p>")
                        .append("<form class=\"inline\" method=\"post\" action=\"").append(base).append("/handset/")
                        .append(t.id()).append("/approve\"><input name=\"pin\" inputmode=\"numeric\" size=\"6\" ")
                        .append("aria-label=\"PIN\" placeholder=\"PIN\" required pattern=\"[0-9]{4,6}\">")
                        .append("<button type=\"submit\">Approve</button></form>")
                        .append("<form class=\"inline\" method=\"post\" action=\"").append(base).append("/handset/")
                        .append(t.id()).append("/decline\"><button class=\"danger\" type=\"submit\">Decline</button></form></div>");
            }
            body.append("</div>");
        });
        body.append("</div>");
        return Html.ok(Html.operatorPage(base, "Virtual handset", body.toString()));
    }

    @POST
    @Path("{id}/approve")
    public Response approve(@PathParam("id") long id, @FormParam("pin") String pin) {
        String message;
        try {
            message = mobileMoney.approve(id, pin) ? "Approved: the payment is successful." : "This prompt is no longer waiting.";
        } catch (ApiException e) {
            message = "The PIN must be 4 to 6 digits.";
        }
        return Html.seeOther("handset?msg=" + URLEncoder.encode(message, StandardCharsets.UTF_8));
    }

    @POST
    @Path("{id}/decline")
    public Response decline(@PathParam("id") long id) {
        String message = mobileMoney.decline(id) ? "Declined: the payment failed." : "This prompt is no longer waiting.";
        return Html.seeOther("handset?msg=" + URLEncoder.encode(message, StandardCharsets.UTF_8));
    }
}
