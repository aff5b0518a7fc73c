package rw.paydesk.system;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A maker asks customers for mobile money through Chromium; the sandbox plays the
 * customer's phone and the gateway; the page follows each request to its outcome without
 * being reloaded.
 */
@ExtendWith(PayDeskServer.class)
class CollectionsIT {

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
        Sandbox.reset();
    }

    @Test
    void an_approved_prompt_turns_successful_on_the_page_by_itself() {
        String phone = mtnNumber();
        String reference = send(phone, "5000", "Jean Mugabo", "");
        assertTrue(customerLine(reference).startsWith("MTN "), "the provider comes from the 078 prefix: " + customerLine(reference));
        assertEquals("RWF 5,000", rowText(reference, 4));
        assertTrue(statusOf(reference).equals("PENDING"), statusOf(reference));
        maker.screenshot("collections-pending");

        assertTrue(Sandbox.approve(reference).getBoolean("approved"));
        awaitStatus(reference, "SUCCESSFUL");
        maker.screenshot("collections-successful");
    }

    @Test
    void a_late_or_forged_webhook_cannot_move_a_successful_charge_back() throws Exception {
        String reference = send(mtnNumber(), "3000", "Olivier Kamanzi", "");
        Sandbox.approve(reference);
        awaitStatus(reference, "SUCCESSFUL");

        // an out-of-order "failed" and a stale "pending", correctly signed: recorded, ignored
        assertEquals(200, webhook("whsec_sandbox_paydesk_local", reference, "transaction.failed", "failed"));
        assertEquals(200, webhook("whsec_sandbox_paydesk_local", reference, "transaction.pending", "pending"));
        // a forged one: refused outright
        assertEquals(401, webhook("not-the-secret", reference, "transaction.failed", "failed"));

        try (Browser admin = new Browser()) {
            admin.signIn("admin", "demo-admin-pass");
            admin.open("/admin/webhooks.xhtml");
            // processing is asynchronous: reload the log until both events show what they did
            admin.waitUntil(d -> {
                d.navigate().refresh();
                return d.getPageSource().split("ignored for charge " + reference, -1).length > 2;
            }, Duration.ofSeconds(60));
        }
        maker.open("/collections/index.xhtml");
        assertEquals("SUCCESSFUL", statusOf(reference), "state only moves forward");
    }

    private static int webhook(String secret, String reference, String event, String status) throws Exception {
        String body = "{\"event\":\"" + event + "\",\"status\":\"" + status + "\",\"direction\":\"collection\","
                + "\"reference\":\"" + reference + "\",\"transaction_id\":\"late-" + status + "\",\"amount\":3000,"
                + "\"currency\":\"RWF\"}";
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(PayDeskServer.baseUrl() + "/api/webhooks/dgs"))
                .header("Content-Type", "application/json").header("DGS-Webhook-Secret", secret)
                .header("DGS-Webhook-Id", "test-" + System.nanoTime())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void a_declined_prompt_turns_failed_with_the_reason() {
        String reference = send(mtnNumber(), "1200", "Aline Uwase", "");
        Sandbox.decline(reference);
        awaitStatus(reference, "FAILED");
        assertTrue(rowText(reference, 6).toLowerCase().contains("declined"), rowText(reference, 6));
    }

    @Test
    void an_airtel_number_is_detected_as_airtel() {
        String reference = send("0731" + digits(6), "800", "Eric Nshimiyimana", "");
        assertTrue(customerLine(reference).startsWith("Airtel "), customerLine(reference));
    }

    @Test
    void wrong_input_is_explained_next_to_each_field_and_nothing_is_sent() {
        fill("0712 345 678", "12.5", "J", "not-an-email", "MTN");
        maker.click(By.id("collect:send"));
        assertTrue(fieldError("phone").contains("078 or 079"), fieldError("phone"));
        assertTrue(fieldError("amount").contains("no decimals"), fieldError("amount"));
        assertTrue(fieldError("customer").contains("2 to 50"), fieldError("customer"));
        assertTrue(fieldError("email").contains("not an email address"), fieldError("email"));
        maker.screenshot("collections-errors");

        fill("0788 123 456", "100", "Jean Mugabo", "jean@example.rw", "Airtel");
        maker.click(By.id("collect:send"));
        assertEquals("This number belongs to MTN, not Airtel.", fieldError("provider"));
        assertEquals(0, Sandbox.apiCalls("init_payment"), "no request reached the gateway");
    }

    @Test
    void a_time_out_leaves_the_request_unknown_never_failed() {
        Sandbox.control("/faults", "{\"mode\":\"timeout_after_processing\",\"operation\":\"init_payment\",\"hold_ms\":8000}");
        String reference = send(mtnNumber(), "2500", "Claude Habimana", "");
        assertEquals("UNKNOWN", statusOf(reference));
        assertTrue(maker.text(By.id("messages")).contains("Do not ask again"), maker.text(By.id("messages")));
        // the gateway did create it: the customer approves, the webhook settles it
        Sandbox.approve(reference);
        awaitStatus(reference, "SUCCESSFUL");
    }

    @Test
    void reconciliation_settles_an_unknown_request_whose_webhook_never_came() {
        Sandbox.control("/faults", "{\"mode\":\"timeout_after_processing\",\"operation\":\"init_payment\",\"hold_ms\":8000}");
        Sandbox.control("/webhooks/hold", "{}");
        String reference = send(mtnNumber(), "4100", "Diane Ingabire", "");
        assertEquals("UNKNOWN", statusOf(reference));
        Sandbox.approve(reference);
        // the webhook is held back: only reconciliation's status check can tell PayDesk
        awaitStatus(reference, "SUCCESSFUL");
        // the late webhook, released now, changes nothing
        Sandbox.control("/webhooks/release", "{\"order\":\"original\"}");
        maker.open("/collections/index.xhtml");
        assertEquals("SUCCESSFUL", statusOf(reference));
    }

    @Test
    void a_server_error_leaves_the_request_unknown_and_a_busy_gateway_refuses_it() {
        Sandbox.control("/faults", "{\"mode\":\"500\",\"operation\":\"init_payment\"}");
        String unknown = send(mtnNumber(), "700", "Claude Habimana", "");
        assertEquals("UNKNOWN", statusOf(unknown));

        Sandbox.control("/faults", "{\"mode\":\"429\",\"operation\":\"init_payment\"}");
        String busy = send(mtnNumber(), "700", "Claude Habimana", "");
        assertEquals("FAILED", statusOf(busy), "a 429 was not processed: nothing can have moved");
        assertTrue(rowText(busy, 6).contains("busy"), rowText(busy, 6));
    }

    @Test
    void a_viewer_sees_collections_but_no_form() {
        try (Browser viewer = new Browser()) {
            viewer.signIn("viewer", "demo-viewer-pass");
            viewer.open("/collections/index.xhtml");
            assertFalse(viewer.isPresent(By.id("collect:send")));
            assertTrue(viewer.isPresent(By.id("charges-form:charges")));
        }
    }

    private String send(String phone, String amount, String customer, String provider) {
        return CollectionDesk.request(maker, phone, amount, customer, provider);
    }

    private void fill(String phone, String amount, String customer, String email, String provider) {
        CollectionDesk.fill(maker, phone, amount, customer, email, provider);
    }

    private String fieldError(String field) {
        return maker.text(By.xpath("//*[@id='collect:" + field + "']/following-sibling::*[contains(@class,'ui-message')][1]"))
                .trim();
    }

    private String statusOf(String reference) {
        return maker.text(By.xpath("//tr[.//code[text()='" + reference + "']]/td[5]//span[contains(@class,'pd-status')]")).trim();
    }

    private String rowText(String reference, int column) {
        return maker.text(By.xpath("//tr[.//code[text()='" + reference + "']]/td[" + column + "]")).trim();
    }

    /** The provider and phone under the customer's name. */
    private String customerLine(String reference) {
        return maker.text(By.xpath("//tr[.//code[text()='" + reference + "']]/td[3]//small")).trim();
    }

    private void awaitStatus(String reference, String status) {
        maker.waitUntil(d -> status.equals(statusNow(d, reference)), Duration.ofSeconds(60));
    }

    private static String statusNow(WebDriver driver, String reference) {
        var cells = driver.findElements(By.xpath("//tr[.//code[text()='" + reference + "']]/td[5]//span[contains(@class,'pd-status')]"));
        return cells.isEmpty() ? "" : cells.get(0).getText().trim();
    }

    private static String mtnNumber() {
        return CollectionDesk.mtnNumber();
    }

    private static String digits(int n) {
        return CollectionDesk.digits(n);
    }
}
