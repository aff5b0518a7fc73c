package rw.paydesk.sandbox.operator;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** The sandbox's home page: where the API is, and the operator pages. */
@RequestScoped
@Path("/")
public class LandingPage {

    @Context
    HttpServletRequest request;

    @Inject
    @ConfigProperty(name = "sandbox.public-base-url", defaultValue = "http://localhost:8080/sandbox")
    String publicBaseUrl;

    @GET
    @Produces("text/html")
    public Response home() {
        String base = request.getContextPath();
        String api = publicBaseUrl + "/dgs/api-v2";
        String body = "<div class=\"card\"><p>A stateful emulator of the DGS-Pay API v2 for development and tests. "
                + "Point a client at this base URL instead of <code>https://pay.digitalservicescenter.rw/api-v2</code>:</p>"
                + "<pre>" + Html.esc(api) + "</pre>"
                + "<p class=\"muted\">Default account <code>ACC-2322-0001</code> with secret "
                + "<code>sk_sandbox_abc123yoursandboxkey</code> (unless configured otherwise).</p></div>"
                + "<div class=\"grid\">"
                + tile(base + "/handset", "Virtual handset", "Approve or decline mobile-money prompts with a PIN.")
                + tile(base + "/webhooks", "Webhooks", "Every delivery and attempt; redeliver one.")
                + tile(base + "/accounts", "Accounts", "Balances per currency; top up to fund payouts.")
                + tile(base + "/transactions", "Transactions", "The latest collections and payouts.")
                + tile(base + "/rwandapay", "Rwanda Pay v1", "The Rwanda Pay emulator: payments, balance, withdrawals.")
                + "</div><h2>Endpoints</h2><div class=\"card scroll\"><table>"
                + row("POST", "/api/auth/token", "access token (account_number, client_secret)")
                + row("POST", "/api/init_payment", "mobile money (PAYIN_MOBILE) or card (PAYIN_CARD_LOCAL / _INTL)")
                + row("POST", "/api/authorize_payment", "card PIN, OTP, AVS")
                + row("POST", "/api/init_payout", "bank or mobile-money payout")
                + row("POST", "/api/wallet", "balance, balance_single, transaction_list, transaction_status")
                + row("POST", "/api/fx-rate", "sandbox FX rates")
                + row("POST", "/api/create-link", "payment link with QR code")
                + row("GET", "/api/banks", "Rwandan banks (bank_code_name)")
                + row("GET", "/api/public-key", "RSA public key for encrypted_card_data (also .pem)")
                + "</table></div><p class=\"muted\">Fault injection and counters for tests: <code>" + Html.esc(base)
                + "/control/…</code>, described in the module's README.</p>";
        return Html.ok(Html.operatorPage(base, "DGS-Pay sandbox", body));
    }

    private static String tile(String href, String title, String text) {
        return "<a class=\"card\" style=\"display:block;text-decoration:none;color:inherit\" href=\"" + Html.esc(href) + "\">"
                + "<strong>" + Html.esc(title) + "</strong><div class=\"muted\">" + Html.esc(text) + "</div></a>";
    }

    private static String row(String method, String path, String what) {
        return "<tr><td><code>" + method + "</code></td><td><code>" + Html.esc(path) + "</code></td><td>" + Html.esc(what) + "</td></tr>";
    }
}
