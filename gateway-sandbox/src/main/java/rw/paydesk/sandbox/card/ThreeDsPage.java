package rw.paydesk.sandbox.card;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import rw.paydesk.sandbox.ledger.Txn;
import rw.paydesk.sandbox.ledger.TxnStatus;
import rw.paydesk.sandbox.operator.Html;
import rw.paydesk.sandbox.payment.Collections;

import java.util.Optional;

/** The hosted 3-D Secure page that a charge's {@code redirect_url} points at. */
@RequestScoped
@Path("3ds")
public class ThreeDsPage {

    @Inject
    Cards cards;

    @GET
    @Path("{chargeId}")
    @Produces("text/html")
    public Response page(@PathParam("chargeId") String chargeId, @QueryParam("link") String link) {
        Optional<Txn> found = cards.find(chargeId);
        if (found.isEmpty()) {
            return Html.status(404, Html.customerPage("Unknown payment", "<div class=\"card\">No such charge.</div>", null));
        }
        Txn t = found.get();
        JsonObject card = Collections.details(t).getJsonObject("card");
        String summary = "<div class=\"card\"><div class=\"muted\">Pay " + Html.esc(t.amount().add(t.fee()).stripTrailingZeros().toPlainString())
                + " " + Html.esc(t.currency()) + " with " + Html.esc(card.getString("brand")) + " ****"
                + Html.esc(card.getString("last4")) + "</div><div>Reference <code>" + Html.esc(t.reference()) + "</code></div></div>";
        if (t.status() != TxnStatus.PENDING || !CardFlow.THREE_DS.equals(t.step())) {
            String back = link == null ? "" : "<p><a href=\"../pay/" + Html.esc(link) + "\">Back to the payment</a></p>";
            return Html.ok(Html.customerPage("3-D Secure", summary + "<div class=\"card\">Status: " + Html.badge(t.status().wire())
                    + (t.failureReason() == null ? "" : " " + Html.esc(t.failureReason())) + back + "</div>", null));
        }
        String hidden = link == null ? "" : "<input type=\"hidden\" name=\"link\" value=\"" + Html.esc(link) + "\">";
        return Html.ok(Html.customerPage("Verify it's you", summary
                + "<div class=\"card\"><p>Your bank asks you to confirm this payment (simulated 3-D Secure).</p>"
                + "<form class=\"inline\" method=\"post\"><input type=\"hidden\" name=\"action\" value=\"authenticate\">" + hidden
                + "<button type=\"submit\">Authenticate</button></form> "
                + "<form class=\"inline\" method=\"post\"><input type=\"hidden\" name=\"action\" value=\"fail\">" + hidden
                + "<button class=\"danger\" type=\"submit\">Fail authentication</button></form></div>", null));
    }

    @POST
    @Path("{chargeId}")
    @Produces("text/html")
    public Response decide(@PathParam("chargeId") String chargeId, @FormParam("action") String action,
                           @FormParam("link") String link) {
        cards.threeDs(chargeId, "authenticate".equals(action));
        if (link != null && !link.isBlank()) {
            return Html.seeOther("pay/" + link);
        }
        return Html.seeOther("3ds/" + chargeId);
    }
}
