package rw.paydesk.sandbox.operator;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import rw.paydesk.sandbox.auth.Account;
import rw.paydesk.sandbox.auth.Accounts;
import rw.paydesk.sandbox.ledger.Settlement;
import rw.paydesk.sandbox.ledger.WalletBalance;
import rw.paydesk.sandbox.money.Currencies;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.TreeSet;

/** Accounts and their balances, with a top-up to fund payouts and a "settle now" button. */
@RequestScoped
@Path("accounts")
public class AccountsPage {

    @Inject
    Accounts accounts;

    @Inject
    Settlement settlement;

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
        for (Account a : accounts.all()) {
            body.append("<div class=\"card\"><h2 style=\"margin-top:0\">").append(Html.esc(a.name())).append("</h2>")
                    .append("<p class=\"muted\">Account <code>").append(Html.esc(a.number())).append("</code> · secret <code>")
                    .append(Html.esc(Account.masked(a.secret()))).append("</code> · API codes ")
                    .append(Html.esc(String.join(", ", new TreeSet<>(a.apiCodes())))).append("</p>")
                    .append("<div class=\"scroll\"><table><tr><th>Currency</th><th class=\"num\">Balance</th>")
                    .append("<th class=\"num\">Withdrawable</th><th class=\"num\">Pending</th><th class=\"num\">In (total / net)</th>")
                    .append("<th class=\"num\">Out (total / net)</th></tr>");
            var wallets = settlement.wallets(a.number());
            if (wallets.isEmpty()) {
                body.append("<tr><td colspan=\"6\" class=\"muted\">No funds yet.</td></tr>");
            }
            for (WalletBalance w : wallets) {
                body.append("<tr><td>").append(w.currency()).append("</td>")
                        .append(num(w.balance(), w.currency())).append(num(w.withdrawable(), w.currency()))
                        .append(num(w.pending(), w.currency()))
                        .append("<td class=\"num\">").append(plain(w.totalIncoming(), w.currency())).append(" / ")
                        .append(plain(w.netIncoming(), w.currency())).append("</td><td class=\"num\">")
                        .append(plain(w.totalOutgoing(), w.currency())).append(" / ").append(plain(w.netOutgoing(), w.currency()))
                        .append("</td></tr>");
            }
            body.append("</table></div><form class=\"inline\" method=\"post\" action=\"").append(base).append("/accounts/top-up\">")
                    .append("<input type=\"hidden\" name=\"account\" value=\"").append(Html.esc(a.number())).append("\">")
                    .append("<label class=\"muted\" for=\"amt-").append(Html.esc(a.number())).append("\" style=\"margin:0\">Top up</label>")
                    .append("<input id=\"amt-").append(Html.esc(a.number())).append("\" name=\"amount\" inputmode=\"decimal\" size=\"10\" placeholder=\"100000\" required>")
                    .append("<select name=\"currency\" aria-label=\"Currency\">");
            for (String c : new TreeSet<>(Currencies.SUPPORTED)) {
                body.append("<option").append(c.equals("RWF") ? " selected" : "").append('>').append(c).append("</option>");
            }
            body.append("</select><button type=\"submit\">Add funds</button></form></div>");
        }
        body.append("<form class=\"inline\" method=\"post\" action=\"").append(base).append("/accounts/settle-now\">")
                .append("<button class=\"secondary\" type=\"submit\">Settle all pending funds now</button></form>");
        return Html.ok(Html.operatorPage(base, "Accounts and balances", body.toString()));
    }

    @POST
    @Path("top-up")
    public Response topUp(@FormParam("account") String account, @FormParam("amount") String amount,
                          @FormParam("currency") String currency) {
        String message;
        try {
            BigDecimal value = new BigDecimal(amount == null ? "" : amount.trim());
            if (accounts.find(account).isEmpty() || !Currencies.isSupported(currency) || value.signum() <= 0
                    || !Currencies.fitsMinorUnit(value, currency)) {
                message = "Top-up refused: give a positive amount in a supported currency.";
            } else {
                settlement.topUp(account, currency, value);
                message = "Added " + value.toPlainString() + " " + currency + " to " + account + ".";
            }
        } catch (NumberFormatException e) {
            message = "Top-up refused: the amount is not a number.";
        }
        return Html.seeOther("accounts?msg=" + URLEncoder.encode(message, StandardCharsets.UTF_8));
    }

    @POST
    @Path("settle-now")
    public Response settleNow() {
        int n = settlement.settleAllNow();
        return Html.seeOther("accounts?msg=" + URLEncoder.encode(n + " collection(s) will settle within a second.", StandardCharsets.UTF_8));
    }

    private static String num(BigDecimal value, String currency) {
        return "<td class=\"num\">" + plain(value, currency) + "</td>";
    }

    private static String plain(BigDecimal value, String currency) {
        return Currencies.round(value, currency).toPlainString();
    }
}
