package rw.paydesk.sandbox.webhook;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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

/** Webhook deliveries with every attempt, and a button to send one again. */
@RequestScoped
@Path("webhooks")
public class WebhooksPage {

    @Inject
    Webhooks webhooks;

    @Context
    HttpServletRequest request;

    @GET
    @Produces("text/html")
    public Response page(@QueryParam("msg") String message) {
        String base = request.getContextPath();
        StringBuilder body = new StringBuilder();
        if (message != null) {
            body.append("<div class=\"msg\">").append(Html.esc(message)).append("</div>");
        }
        var deliveries = webhooks.recent(100);
        if (deliveries.isEmpty()) {
            body.append("<p class=\"muted\">No webhook has been sent yet.</p>");
        }
        for (Delivery d : deliveries) {
            body.append("<div class=\"card\"><div style=\"display:flex;flex-wrap:wrap;gap:.5rem;align-items:center\">")
                    .append("<strong>#").append(d.id()).append("</strong> ").append(Html.badge(d.status()))
                    .append(" <code>").append(Html.esc(d.event())).append("</code>")
                    .append("<span class=\"muted\">").append(Html.esc(d.accountNumber())).append(" · ").append(d.attempts())
                    .append(" attempt(s)").append(d.lastHttpStatus() == null ? "" : " · last HTTP " + d.lastHttpStatus())
                    .append(d.nextAttemptAt() != null && "pending".equals(d.status()) ? " · next " + Html.esc(Wire.walletTime(d.nextAttemptAt())) + " UTC" : "")
                    .append("</span><form class=\"inline\" method=\"post\" action=\"").append(base).append("/webhooks/")
                    .append(d.id()).append("/redeliver\"><button class=\"secondary\" type=\"submit\">Redeliver</button></form></div>")
                    .append("<div class=\"muted\" style=\"word-break:break-all\">POST ").append(Html.esc(d.url())).append("</div>")
                    .append("<details><summary>Payload and attempts</summary><pre>").append(Html.esc(d.payload())).append("</pre>")
                    .append("<div class=\"scroll\"><table><tr><th>#</th><th>At</th><th>HTTP</th><th>Error</th><th class=\"num\">ms</th></tr>");
            for (Attempt a : webhooks.attempts(d.id())) {
                body.append("<tr><td>").append(a.attemptNo()).append("</td><td>").append(Html.esc(Wire.walletTime(a.attemptedAt())))
                        .append("</td><td>").append(a.httpStatus() == null ? "–" : a.httpStatus()).append("</td><td>")
                        .append(Html.esc(a.error())).append("</td><td class=\"num\">").append(a.durationMs()).append("</td></tr>");
            }
            body.append("</table></div></details></div>");
        }
        return Html.ok(Html.operatorPage(base, "Webhook deliveries", body.toString()));
    }

    @POST
    @Path("{id}/redeliver")
    public Response redeliver(@PathParam("id") long id) {
        String message = webhooks.redeliver(id) ? "Delivery #" + id + " will be sent again now." : "No delivery #" + id + ".";
        return Html.seeOther("webhooks?msg=" + java.net.URLEncoder.encode(message, java.nio.charset.StandardCharsets.UTF_8));
    }
}
