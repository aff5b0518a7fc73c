package rw.paydesk.system;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Transactions page: a collection and a payout made through PayDesk, and a movement only
 * the gateway knows, are listed together; filters narrow the list; the CSV export holds exactly
 * the filtered rows; a movement's page tells its story.
 */
@ExtendWith(PayDeskServer.class)
class TransactionsIT {

    private Browser maker;

    @BeforeEach
    void signIn() {
        Sandbox.reset();
        maker = new Browser();
        maker.signIn("maker", "demo-maker-pass");
    }

    @AfterEach
    void close() {
        maker.close();
        Sandbox.reset();
        // the collections made here would otherwise become withdrawable minutes later, in the middle
        // of another class's test that compares the wallet before and after a payout
        Sandbox.control("/settle-now", "{}");
    }

    @Test
    void collections_and_payouts_are_listed_filtered_exported_and_told() throws Exception {
        String phone = "0788" + digits(6);
        String collection = collect(phone, "4200");
        Sandbox.approve(collection);

        Sandbox.topUp("RWF", 500_000);
        String detail = PayoutsIT.request(maker, "Jean Mugisha", "12000", "Ledger test payout", "");
        try (Browser approver = new Browser()) {
            approver.signIn("approver", "demo-approver-pass");
            approver.open(detail);
            approver.click(By.id("actions:approve"));
            approver.waitUntil(d -> d.findElement(By.id("status")).getText().equals("completed"), Duration.ofSeconds(60));
        }
        String payout = maker.open(detail).text(By.id("reference"));

        // a collection PayDesk never made: only the gateway's list brings it
        String outsider = "EXT" + digits(9);
        Sandbox.gateway("/api/init_payment", outsideCollection(outsider));

        maker.open("/transactions/index.xhtml");
        awaitRow(collection, "Successful", "Both");
        awaitRow(payout, "Successful", "Both");
        awaitRow(outsider, null, "Gateway");
        assertEquals("Collection", cell(collection, 2));
        assertEquals("RWF 4,200", part(maker.driver(), collection, 4, "pd-amount"));
        assertTrue(cell(collection, 5).startsWith("MTN"), cell(collection, 5));
        assertEquals(phone.substring(1), cell(collection, 6), "the customer's number");
        assertEquals("Both", part(maker.driver(), collection, 3, "pd-known"), "PayDesk's record and the gateway's list know it");
        assertEquals("Payout", cell(payout, 2));
        assertEquals("RWF 12,000", part(maker.driver(), payout, 4, "pd-amount"));
        assertEquals("Gateway", part(maker.driver(), outsider, 3, "pd-known"), "known from the gateway's list only");
        maker.screenshot("transactions");

        maker.choose("tx:direction", "Payout");
        maker.click(By.id("tx:search"));
        maker.waitUntil(d -> !isListed(d, collection) && isListed(d, payout));
        maker.screenshot("transactions-payouts");
        String csv = download(maker.driver().findElement(By.id("tx:export-csv")).getAttribute("href"));
        assertTrue(csv.startsWith("Created (Kigali),"), csv);
        assertTrue(csv.contains(payout), "the payout is exported");
        assertFalse(csv.contains(collection), "the collection was filtered out: " + csv);
        assertTrue(csv.lines().skip(1).allMatch(l -> l.split(",")[2].equals("Payout")), csv);
        byte[] xlsx = fetch(maker.driver().findElement(By.id("tx:export-xlsx")).getAttribute("href"), "application/vnd.openxmlformats");
        assertEquals("PK", new String(xlsx, 0, 2, java.nio.charset.StandardCharsets.US_ASCII), "an Excel workbook (a zip)");
        byte[] pdf = fetch(maker.driver().findElement(By.id("tx:export-pdf")).getAttribute("href"), "application/pdf");
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));

        maker.click(By.id("tx:clear"));
        maker.type(By.id("tx:phone"), "+250 " + phone.substring(1));
        maker.click(By.id("tx:search"));
        maker.waitUntil(d -> isListed(d, collection) && !isListed(d, payout) && !isListed(d, outsider));
        String byPhone = download(maker.driver().findElement(By.id("tx:export-csv")).getAttribute("href"));
        assertEquals(2, byPhone.lines().count(), "header and the one collection of that phone: " + byPhone);
        assertTrue(byPhone.contains(collection));

        maker.click(By.linkText(collection));
        maker.awaitPath("/transactions/detail.xhtml");
        // the gateway's list may still have said "pending" at the last sync: the next one brings its final word
        maker.waitUntil(d -> {
            d.navigate().refresh();
            return d.findElement(By.id("timeline")).getText().contains("gateway's list: successful");
        }, Duration.ofSeconds(60));
        String timeline = maker.text(By.id("timeline"));
        assertTrue(timeline.contains("mobile money requested"), "our request: " + timeline);
        assertTrue(timeline.contains("transaction.completed"), "the gateway's webhook: " + timeline);
        assertEquals("Both", maker.text(By.id("known-by")).replace("Known by:", "").trim());
        maker.screenshot("transaction-detail");
    }

    @Test
    void a_viewer_reads_the_transactions_and_a_stranger_cannot_export_them() throws Exception {
        try (Browser viewer = new Browser()) {
            viewer.signIn("viewer", "demo-viewer-pass");
            viewer.open("/transactions/index.xhtml");
            assertTrue(viewer.isPresent(By.id("tx:entries")));
        }
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(PayDeskServer.baseUrl() + "/transactions/export?format=csv")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertFalse(anonymous.body().contains("Created (Kigali)"), "no export without signing in");
    }

    private String collect(String phone, String amount) {
        maker.open("/collections/index.xhtml");
        maker.type(By.id("collect:phone"), phone);
        maker.type(By.id("collect:amount"), amount);
        maker.waitForPage();
        maker.type(By.id("collect:customer"), "Aline Uwase");
        maker.type(By.id("collect:email"), "aline@example.rw");
        maker.click(By.id("collect:send"));
        Matcher m = Pattern.compile("(PDM[A-Z0-9]{12})").matcher(maker.text(By.id("messages")));
        assertTrue(m.find(), "the page names the request's reference");
        return m.group(1);
    }

    private static String outsideCollection(String reference) {
        return "{\"pay_info\":{\"amount\":900,\"currency\":\"RWF\",\"api_code\":\"PAYIN_MOBILE\",\"reference\":\"" + reference
                + "\",\"callback_url\":\"http://localhost:9/none\"},\"from\":{\"payment_type\":\"mobile_money\","
                + "\"provider\":\"MTN\",\"name\":\"Other Shop\",\"email\":\"shop@example.rw\",\"phone\":\"788000111\","
                + "\"country_code\":\"250\"},\"simulation\":{\"response\":\"approved\"}}";
    }

    /**
     * Reloads the page until the reference is listed with that status (if given) and known by
     * that side or both: the gateway's side arrives with the next sync.
     */
    private void awaitRow(String reference, String status, String knownBy) {
        maker.waitUntil(d -> {
            d.navigate().refresh();
            if (!isListed(d, reference)) {
                return false;
            }
            return (status == null || status.equals(part(d, reference, 3, "pd-status")))
                    && knownBy.equals(part(d, reference, 3, "pd-known"));
        }, Duration.ofSeconds(60));
    }

    private static boolean isListed(WebDriver d, String reference) {
        return !d.findElements(By.xpath("//tbody//tr[.//a[text()='" + reference + "']]")).isEmpty();
    }

    /** The text of the element of that class in a cell of the reference's row. */
    private static String part(WebDriver d, String reference, int column, String cssClass) {
        var parts = d.findElements(By.xpath("//tbody//tr[.//a[text()='" + reference + "']]/td[" + column
                + "]//*[contains(concat(' ', @class, ' '), ' " + cssClass + " ')]"));
        return parts.isEmpty() ? "" : parts.get(0).getText().trim();
    }

    private String cell(String reference, int column) {
        return cellOf(maker.driver(), reference, column);
    }

    private static String cellOf(WebDriver d, String reference, int column) {
        var cells = d.findElements(By.xpath("//tbody//tr[.//a[text()='" + reference + "']]/td[" + column + "]"));
        if (cells.isEmpty()) {
            return "";
        }
        // reflow tables repeat the header in a hidden span inside each cell
        String text = cells.get(0).getText().trim();
        return text.lines().map(String::trim).filter(l -> !l.isEmpty()).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    private byte[] fetch(String href, String contentType) throws Exception {
        Cookie session = maker.driver().manage().getCookieNamed("PAYDESK_SESSION");
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "PAYDESK_SESSION=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(contentType));
        return response.body();
    }

    /** Fetches an export link as the signed-in browser would, with its session cookie. */
    private String download(String href) throws Exception {
        Cookie session = maker.driver().manage().getCookieNamed("PAYDESK_SESSION");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "PAYDESK_SESSION=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        return response.body();
    }

    private static String digits(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(ThreadLocalRandom.current().nextInt(10));
        }
        return s.toString();
    }
}
