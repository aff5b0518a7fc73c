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
            // the day's transactions report (its CSV holds every row; the page shows the first ones)
            viewer.waitUntil(d -> {
                d.navigate().refresh();
                String csv = reportCsv(viewer);
                return csvLine(csv, viaRwandaPay).endsWith(",rwandapay") && csvLine(csv, viaCharges).endsWith(",dgs-charges")
                        && csvLine(csv, viaDgs).endsWith(",dgs")
                        && csvLine(csv, viaRwandaPay).contains("Successful") && csvLine(csv, viaCharges).contains("Successful")
                        && csvLine(csv, viaDgs).contains("Successful");
            }, Duration.ofSeconds(60));
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
    void a_busy_rwanda_pay_is_waited_out_and_no_collection_is_lost_or_doubled() throws Exception {
        // three calls in a window of 10 s (the documented minute, shortened so the wait takes seconds)
        Sandbox.control("/rwandapay/rate-limit", "{\"per_minute\": 3, \"window_seconds\": 10}");
        try {
            // someone else on the same key uses the window's three calls: the gateway refuses a fourth
            for (int i = 0; i < 3; i++) {
                assertEquals(200, rwandaPayStatus("/balance"));
            }
            assertEquals(429, rwandaPayStatus("/balance"), "the gateway is at its limit");
            CollectionDesk.through(maker, "Rwanda Pay");
            List<String> sent = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                sent.add(requestPatiently("0788" + CollectionDesk.digits(6), String.valueOf(1000 + i)));
            }
            for (String reference : sent) {
                awaitStatus(reference, "SUCCESSFUL");
            }
            assertEquals(3, new java.util.HashSet<>(sent).size());
            Sandbox.control("/rwandapay/rate-limit", "{\"per_minute\": 100}");
            for (String reference : sent) {
                // the gateway has each, found by our reference (it refuses a second payment with it)
                assertEquals(200, rwandaPayStatus("/payments/" + reference), reference);
            }
        } finally {
            Sandbox.control("/rwandapay/rate-limit", "{\"per_minute\": 100}");
        }
    }

    /**
     * Sends a request from the Collections page and waits as long as the gateway makes it wait
     * (a 429 holds the call for its Retry-After, up to a minute), then answers the reference.
     */
    private String requestPatiently(String phone, String amount) {
        String before = maker.driver().findElement(By.id("messages")).getText();
        CollectionDesk.fill(maker, phone, amount, "Diane Ingabire", "diane@example.rw", "");
        maker.driver().findElement(By.id("collect:send")).click();
        maker.waitUntil(d -> {
            String now = d.findElement(By.id("messages")).getText();
            return !now.equals(before) && now.contains("PDM");
        }, Duration.ofSeconds(150));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(PDM[A-Z0-9]{12})").matcher(maker.text(By.id("messages")));
        assertTrue(m.find(), maker.text(By.id("messages")));
        assertTrue(maker.text(By.id("messages")).contains("Payment prompt"), "sent, not refused: " + maker.text(By.id("messages")));
        return m.group(1);
    }

    private static int rwandaPayStatus(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(PayDeskServer.baseUrl() + "/sandbox/rwandapay/v1" + path))
                .header("Authorization", "Bearer sk_test_paydesk_sandbox_rwandapay_0001").build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void an_administrator_sees_every_account_with_its_key_masked() {
        try (Browser admin = new Browser()) {
            admin.signIn("admin", "demo-admin-pass");
            admin.open("/settings/index.xhtml");
            String accounts = admin.text(By.id("gateways"));
            assertTrue(accounts.contains("Rwanda Pay API v1") && accounts.contains("DGS-Pay mobile-money charges API")
                    && accounts.contains("DGS-Pay API v2"), accounts);
            assertTrue(accounts.contains("sk_t••••••••01"), accounts);
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

    /** The CSV download of the report on the page, fetched with the viewer's session. */
    private static String reportCsv(Browser browser) {
        try {
            String href = browser.driver().findElement(By.id("download-csv")).getAttribute("href");
            org.openqa.selenium.Cookie session = browser.driver().manage().getCookieNamed("PAYDESK_SESSION");
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", "PAYDESK_SESSION=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : "";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The CSV line of a reference, without quotes, or empty. */
    private static String csvLine(String csv, String reference) {
        return csv.lines().filter(l -> l.contains(reference)).findFirst().orElse("").replace("\"", "").trim();
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
