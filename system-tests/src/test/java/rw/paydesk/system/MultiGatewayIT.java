package rw.paydesk.system;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static rw.paydesk.system.CollectionDesk.mtnNumber;

/**
 * One merchant, three gateway accounts (DGS-Pay API v2, the DGS-Pay charges API and Rwanda
 * Pay), all served by the bundled sandbox over HTTP: a maker collects through each from the
 * same page, and the ledger and the day's transactions report show all three, each saying
 * which account it went through.
 */
@ExtendWith(PayDeskServer.class)
class MultiGatewayIT {

    private static final String RWANDA_PAY_WEBHOOK_SECRET = "whsec_rwandapay_sandbox_local";

    private Browser maker;

    @BeforeEach
    void signIn() {
        Sandbox.reset();
        maker = new Browser();
        maker.signIn("maker", "demo-maker-pass");
        maker.open("/collections/index.xhtml");
    }

    @AfterEach
    void close() {
        maker.close();
    }

    @Test
    void a_merchant_collects_through_each_gateway_and_sees_it_all_in_one_ledger_and_one_daily_report() {
        CollectionDesk.through(maker, "Rwanda Pay");
        String viaRwandaPay = CollectionDesk.request(maker, mtnNumber(), "5000", "Jean Mugabo", "");
        assertEquals("Rwanda Pay", accountOf(viaRwandaPay));
        // the sandbox's customer approves after a moment; its signed webhook settles the charge
        awaitStatus(viaRwandaPay, "SUCCESSFUL");

        CollectionDesk.through(maker, "DGS-Pay charges");
        // the sandbox's test number ending 0000003: pending at first, approved after a moment, by webhook
        String viaCharges = CollectionDesk.request(maker, "0780000003", "3000", "Aline Uwase", "");
        assertEquals("DGS-Pay charges", accountOf(viaCharges));
        assertEquals("PENDING", statusOf(viaCharges));
        awaitStatus(viaCharges, "SUCCESSFUL");

        CollectionDesk.through(maker, "DGS-Pay ACC");
        String viaDgs = CollectionDesk.request(maker, mtnNumber(), "2000", "Eric Nshimiyimana", "");
        Sandbox.approve(viaDgs);
        awaitStatus(viaDgs, "SUCCESSFUL");
        maker.screenshot("collections-three-gateways");

        try (Browser viewer = new Browser()) {
            viewer.signIn("viewer", "demo-viewer-pass");
            viewer.open("/transactions/index.xhtml");
            // one ledger: each collection once, under our reference, with its account
            viewer.waitUntil(d -> {
                d.navigate().refresh();
                return ledgerLine(d, viaRwandaPay).contains("rwandapay") && ledgerLine(d, viaCharges).contains("dgs-charges")
                        && ledgerLine(d, viaDgs).contains("dgs");
            }, Duration.ofSeconds(90));
            assertTrue(viewer.driver().findElements(By.xpath("//a[starts-with(text(), 'dgs_')]")).isEmpty(),
                    "DGS-Pay's own reference of the charge is merged into ours, not listed apart");
            viewer.screenshot("ledger-three-gateways");

            viewer.open("/reports/index.xhtml");
            viewer.click(By.id("kind-transactions"));
            for (String[] expected : List.of(new String[] {viaRwandaPay, "rwandapay"}, new String[] {viaCharges, "dgs-charges"},
                    new String[] {viaDgs, "dgs"})) {
                viewer.waitUntil(d -> {
                    d.navigate().refresh();
                    return !d.findElements(By.xpath("//*[@id='rows-form:rows']//tr[td[contains(., '" + expected[0]
                            + "')] and td[contains(., 'Successful')] and " + endsWith("td[last()]", expected[1]) + "]")).isEmpty();
                }, Duration.ofSeconds(60));
            }
            viewer.screenshot("report-three-gateways");
        }
    }

    @Test
    void each_account_refuses_what_its_gateway_would_before_anything_is_sent() {
        CollectionDesk.through(maker, "Rwanda Pay");
        CollectionDesk.fill(maker, mtnNumber(), "50", "Jean Mugabo", "jean@example.rw", "");
        maker.click(By.id("collect:send"));
        assertTrue(fieldError("amount").contains("at least RWF 100"), fieldError("amount"));
        CollectionDesk.fill(maker, mtnNumber(), "1000001", "Jean Mugabo", "jean@example.rw", "");
        maker.click(By.id("collect:send"));
        assertTrue(fieldError("amount").contains("at most RWF 1,000,000"), fieldError("amount"));
    }

    @Test
    void rwanda_pay_webhooks_must_be_signed_and_count_once() throws Exception {
        CollectionDesk.through(maker, "Rwanda Pay");
        String reference = CollectionDesk.request(maker, mtnNumber(), "1500", "Olivier Kamanzi", "");
        awaitStatus(reference, "SUCCESSFUL");
        String late = "{\"event\":\"payment.failed\",\"data\":{\"reference\":\"PAY-LATE\",\"merchant_reference\":\""
                + reference + "\",\"status\":\"failed\",\"amount\":1500,\"currency\":\"RWF\"}}";
        assertEquals(401, rwandaPayWebhook("whsec_forged", late, "evt-forged"), "a forged signature is refused");
        assertEquals(200, rwandaPayWebhook(RWANDA_PAY_WEBHOOK_SECRET, late, "evt-late-1"));
        assertTrue(rwandaPayWebhookBody(RWANDA_PAY_WEBHOOK_SECRET, late, "evt-late-1").contains("duplicate"),
                "a retry of the same event is a duplicate");
        maker.open("/collections/index.xhtml");
        assertEquals("SUCCESSFUL", statusOf(reference), "a late failure never moves a successful charge back");
    }

    @Test
    void an_administrator_sees_every_account_with_its_key_masked() {
        try (Browser admin = new Browser()) {
            admin.signIn("admin", "demo-admin-pass");
            admin.open("/settings/index.xhtml");
            String accounts = admin.text(By.id("gateways"));
            assertTrue(accounts.contains("Rwanda Pay API v1") && accounts.contains("DGS-Pay mobile-money charges API")
                    && accounts.contains("DGS-Pay API v2"), accounts);
            assertTrue(accounts.contains("sk_test_…0001"), accounts);
            assertFalse(admin.driver().getPageSource().contains("sk_test_paydesk_sandbox_rwandapay_0001"),
                    "the key itself is never on the page");
            assertTrue(accounts.contains("/api/webhooks/rwandapay"), accounts);
            admin.screenshot("settings-gateway-accounts");
        }
    }

    private int rwandaPayWebhook(String secret, String body, String eventId) throws Exception {
        return sendWebhook(secret, body, eventId).statusCode();
    }

    private String rwandaPayWebhookBody(String secret, String body, String eventId) throws Exception {
        return sendWebhook(secret, body, eventId).body();
    }

    private static HttpResponse<String> sendWebhook(String secret, String body, String eventId) throws Exception {
        long t = Instant.now().getEpochSecond();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = HexFormat.of().formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(PayDeskServer.baseUrl() + "/api/webhooks/rwandapay"))
                        .header("Content-Type", "application/json").header("X-RwandaPay-Event-Id", eventId)
                        .header("X-RwandaPay-Signature", "t=" + t + ",v1=" + signature)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** XPath 1.0 has no ends-with: the last cell's text (after its reflow title) ends with the account id. */
    private static String endsWith(String node, String text) {
        return "substring(normalize-space(" + node + "), string-length(normalize-space(" + node + ")) - " + (text.length() - 1)
                + ") = '" + text + "'";
    }

    private static String ledgerLine(WebDriver d, String reference) {
        var rows = d.findElements(By.xpath("//tr[.//a[text()='" + reference + "']]"));
        return rows.isEmpty() ? "" : rows.get(0).getText();
    }

    private String accountOf(String reference) {
        return maker.text(By.xpath("//tr[.//code[text()='" + reference + "']]/td[2]//small")).trim();
    }

    private String statusOf(String reference) {
        return maker.text(By.xpath("//tr[.//code[text()='" + reference + "']]/td[5]//span[contains(@class,'pd-status')]")).trim();
    }

    private String fieldError(String field) {
        return maker.text(By.xpath("//*[@id='collect:" + field + "']/following-sibling::*[contains(@class,'ui-message')][1]"))
                .trim();
    }

    private void awaitStatus(String reference, String status) {
        maker.waitUntil(d -> {
            var cells = d.findElements(By.xpath("//tr[.//code[text()='" + reference + "']]/td[5]//span[contains(@class,'pd-status')]"));
            return !cells.isEmpty() && status.equals(cells.get(0).getText().trim());
        }, Duration.ofSeconds(60));
    }
}
