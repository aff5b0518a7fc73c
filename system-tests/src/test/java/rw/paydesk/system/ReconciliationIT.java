package rw.paydesk.system;

import jakarta.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reconciliation against the sandbox with injected faults: a dropped webhook, a duplicated
 * webhook, a wrong amount and a movement made outside PayDesk. Each is found by the timer's
 * turns (every 2 s here), listed with what PayDesk, the gateway and the webhook said, aged from
 * expected to exception (after 15 s here), and resolved by an approver with a note.
 */
@ExtendWith(PayDeskServer.class)
class ReconciliationIT {

    private static final Duration TURNS = Duration.ofSeconds(60);

    private Browser maker;
    private Browser approver;

    @BeforeEach
    void signIn() {
        Sandbox.reset();
        maker = new Browser();
        maker.signIn("maker", "demo-maker-pass");
        approver = new Browser();
        approver.signIn("approver", "demo-approver-pass");
    }

    @AfterEach
    void close() {
        maker.close();
        approver.close();
        Sandbox.reset();
    }

    @Test
    void a_dropped_webhook_is_made_good_by_reconciliation_and_the_list_says_so() {
        Sandbox.control("/webhooks/drop", "{\"count\":1}");
        String reference = collect("5200", "Jean Mugabo");
        Sandbox.approve(reference);

        // found while the collection may still show PENDING; within a turn PayDesk asks the gateway and says so
        String explanation = awaitDifference(reference, "Webhook missing", "PayDesk took the outcome from the gateway's status check");
        assertTrue(explanation.contains("no webhook came"), explanation);
        approver.screenshot("reconciliation-webhook-missing");

        maker.open("/transactions/detail.xhtml?ref=" + reference);
        assertEquals("Successful", maker.text(By.cssSelector("#movement .pd-status")).trim(),
                "the collection shows what the gateway says, with no webhook");
    }

    @Test
    void a_duplicated_webhook_is_listed_as_applied_once() {
        Sandbox.control("/webhooks/duplicate", "{\"count\":1}");
        String reference = collect("3100", "Aline Uwase");
        Sandbox.approve(reference);

        String explanation = awaitDifference(reference, "Webhook duplicated", "twice");
        assertTrue(explanation.contains("delivered the same webhook twice; PayDesk applied it once"), explanation);
        assertEquals("2 deliveries", side(reference, "Webhook duplicated", "Webhook"));
    }

    @Test
    void a_wrong_amount_at_the_gateway_is_named_field_by_field() {
        String reference = collect("6000", "Olivier Kamanzi");
        Sandbox.control("/transactions/amend", "{\"reference\":\"" + reference + "\",\"amount\":5400}");
        Sandbox.approve(reference);

        String explanation = awaitDifference(reference, "Amount differs", "the webhook said");
        assertEquals("PayDesk asked for RWF 6,000; the gateway's list says RWF 5,400; the webhook said RWF 5,400.", explanation);
        assertEquals("RWF 6,000", side(reference, "Amount differs", "PayDesk"));
        assertEquals("RWF 5,400", side(reference, "Amount differs", "Gateway"));
        approver.screenshot("reconciliation-amount");

        // the reference filter narrows the list to that movement
        approver.type(By.id("rc:reference"), reference.substring(0, 10));
        approver.click(By.id("rc:search"));
        approver.waitUntil(d -> {
            List<WebElement> listed = d.findElements(By.cssSelector("#rc\\:differences a.pd-ref"));
            return !listed.isEmpty() && listed.stream().allMatch(a -> a.getText().startsWith(reference.substring(0, 10)));
        });
        assertTrue(rowPresent(approver.driver(), reference, "Amount differs"));
    }

    @Test
    void a_movement_only_the_gateway_has_is_found_ages_into_an_exception_and_is_resolved_with_a_note() {
        String first = outsidePayDesk("4400");
        String second = outsidePayDesk("4500");

        String explanation = awaitDifference(first, "Missing in PayDesk", "that PayDesk never made");
        assertTrue(explanation.contains("RWF 4,400"), explanation);
        awaitDifference(second, "Missing in PayDesk", "RWF 4,500");
        // expected at first; an exception once it outlives the grace period
        approver.waitUntil(d -> {
            d.navigate().refresh();
            return "Exception".equals(state(d, first, "Missing in PayDesk")) && "Exception".equals(state(d, second, "Missing in PayDesk"));
        }, TURNS);
        approver.open("/dashboard.xhtml");
        assertTrue(approver.text(By.id("open-exceptions")).contains("reconciliation exception"),
                "the dashboard points at the exceptions");

        // a note is required
        approver.open("/reconciliation/index.xhtml");
        pick(first);
        approver.click(By.id("rc:resolve"));
        assertTrue(approver.text(By.id("rc:messages")).contains("Write a note"), approver.text(By.id("rc:messages")));

        // both at once, with one note
        approver.open("/reconciliation/index.xhtml");
        pick(first);
        pick(second);
        approver.type(By.id("rc:note"), "Test payments made by the integrator with our sandbox key; no action.");
        approver.click(By.id("rc:resolve"));
        assertTrue(approver.text(By.id("rc:messages")).contains("2 differences resolved"), approver.text(By.id("rc:messages")));
        assertFalse(rowPresent(approver.driver(), first, "Missing in PayDesk"), "resolved: no longer among the open ones");

        // the history keeps who found it, when it became an exception, and who resolved it with what note
        approver.open("/reconciliation/index.xhtml");
        approver.click(By.id("rc:show-resolved"));
        approver.waitUntil(d -> "Resolved".equals(state(d, first, "Missing in PayDesk")));
        approver.click(By.xpath(row(first, "Missing in PayDesk") + "//a[text()='History']"));
        String history = approver.text(By.id("history"));
        assertTrue(history.contains("Expected by reconciliation"), history);
        assertTrue(history.contains("Exception by reconciliation"), history);
        assertTrue(history.contains("Resolved by approver — Test payments made by the integrator"), history);
        approver.screenshot("reconciliation-history");

        // a viewer reads the list but cannot resolve anything
        try (Browser viewer = new Browser()) {
            viewer.signIn("viewer", "demo-viewer-pass");
            viewer.open("/reconciliation/index.xhtml");
            assertTrue(viewer.isPresent(By.id("rc:differences")));
            assertFalse(viewer.isPresent(By.id("rc:resolve")));
            assertFalse(viewer.isPresent(By.id("rc:run-now")));
        }
    }

    /** A collection made through PayDesk's Collections page; answers its reference. */
    private String collect(String amount, String customer) {
        maker.open("/collections/index.xhtml");
        return CollectionDesk.request(maker, CollectionDesk.mtnNumber(), amount, customer, "");
    }

    /** A collection made with the merchant's API key, not through PayDesk, and approved by the customer. */
    private static String outsidePayDesk(String amount) {
        String reference = "EXT" + CollectionDesk.digits(9);
        Sandbox.gateway("/api/init_payment", Json.createObjectBuilder()
                .add("pay_info", Json.createObjectBuilder().add("amount", Integer.parseInt(amount)).add("currency", "RWF")
                        .add("api_code", "PAYIN_MOBILE").add("reference", reference)
                        .add("callback_url", PayDeskServer.baseUrl() + "/api/webhooks/dgs").add("description", "Made elsewhere"))
                .add("from", Json.createObjectBuilder().add("payment_type", "mobile_money").add("provider", "MTN")
                        .add("name", "Eric Nshimiyimana").add("email", "eric@example.rw").add("phone", "788" + CollectionDesk.digits(6))
                        .add("country_code", "250"))
                .build().toString());
        Sandbox.approve(reference);
        return reference;
    }

    /**
     * Waits until the open differences list a difference of this kind for the reference whose
     * explanation says {@code saying}; answers the explanation.
     */
    private String awaitDifference(String reference, String kind, String saying) {
        approver.open("/reconciliation/index.xhtml");
        approver.waitUntil(d -> {
            d.navigate().refresh();
            List<WebElement> e = d.findElements(By.xpath(row(reference, kind) + "//div[contains(@class,'pd-rc-explanation')]"));
            return !e.isEmpty() && e.get(0).getText().contains(saying);
        }, TURNS);
        return approver.text(By.xpath(row(reference, kind) + "//div[contains(@class,'pd-rc-explanation')]")).trim();
    }

    private String side(String reference, String kind, String account) {
        return approver.text(By.xpath(row(reference, kind) + "//dl[contains(@class,'pd-rc-sides')]/dt[text()='" + account
                + "']/following-sibling::dd[1]")).trim();
    }

    private void pick(String reference) {
        approver.click(By.cssSelector("input.pd-rc-pickbox[data-reference='" + reference + "']"));
    }

    private static String row(String reference, String kind) {
        return "//tr[.//a[text()='" + reference + "'] and .//span[contains(@class,'pd-rc-kind') and text()='" + kind + "']]";
    }

    private static boolean rowPresent(WebDriver d, String reference, String kind) {
        return !d.findElements(By.xpath(row(reference, kind))).isEmpty();
    }

    private static String state(WebDriver d, String reference, String kind) {
        List<WebElement> s = d.findElements(By.xpath(row(reference, kind) + "//span[contains(@class,'pd-rc-state')]"));
        return s.isEmpty() ? "" : s.get(0).getText().trim();
    }
}
