package rw.paydesk.sandbox.wallet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import rw.paydesk.sandbox.api.Wire;
import rw.paydesk.sandbox.ledger.Ledger;
import rw.paydesk.sandbox.ledger.Txn;
import rw.paydesk.sandbox.operator.Html;
import rw.paydesk.sandbox.store.Db;

import java.util.List;

/** The latest collections and payouts of every account. */
@RequestScoped
@Path("transactions")
public class TransactionsPage {

    @Inject
    Db db;

    @Inject
    Ledger ledger;

    @Context
    HttpServletRequest request;

    @GET
    @Produces("text/html")
    public Response page() {
        List<Txn> recent = db.inTransaction(c -> ledger.recent(c, 200));
        StringBuilder body = new StringBuilder("<div class=\"card scroll\"><table><tr><th>Id</th><th>Account</th>"
                + "<th>Direction</th><th>Reference</th><th class=\"num\">Amount</th><th class=\"num\">Fee</th><th>Status</th><th>Created (UTC)</th></tr>");
        for (Txn t : recent) {
            body.append("<tr><td>").append(Html.esc(t.publicId())).append("</td><td style=\"white-space:nowrap\">").append(Html.esc(t.accountNumber()))
                    .append("</td><td>").append(Html.esc(t.direction())).append(" · ").append(Html.esc(t.method()))
                    .append("</td><td><code>").append(Html.esc(t.reference())).append("</code></td><td class=\"num\">")
                    .append(Html.esc(t.amount().stripTrailingZeros().toPlainString())).append(' ').append(t.currency())
                    .append("</td><td class=\"num\">").append(Html.esc(t.fee().stripTrailingZeros().toPlainString()))
                    .append("</td><td>").append(Html.badge(t.status().wire()))
                    .append(t.failureReason() == null ? "" : "<div class=\"muted\">" + Html.esc(t.failureReason()) + "</div>")
                    .append("</td><td class=\"muted\">").append(Html.esc(Wire.walletTime(t.createdAt()))).append("</td></tr>");
        }
        if (recent.isEmpty()) {
            body.append("<tr><td colspan=\"8\" class=\"muted\">No transactions yet.</td></tr>");
        }
        body.append("</table></div>");
        return Html.ok(Html.operatorPage(request.getContextPath(), "Transactions", body.toString()));
    }
}
