package rw.paydesk.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static rw.paydesk.system.CollectionDesk.mtnNumber;

/**
 * A refund end to end in the browser: a maker collects through Rwanda Pay, an approver gives
 * part of it back and then the rest from the Collections page, and Rwanda Pay (the sandbox)
 * agrees on what was refunded. Only where a refund can work is there a button for it.
 */
@ExtendWith(PayDeskServer.class)
class RefundIT {

    private static final Pattern REFUND = Pattern.compile("(PDR[A-Z0-9]{12})");

    @Test
    void an_approver_refunds_part_then_the_rest_of_a_rwanda_pay_collection() throws Exception {
        String collected;
        String viaDgs;
        try (Browser maker = new Browser()) {
            maker.signIn("maker", "demo-maker-pass");
            maker.open("/collections/index.xhtml");
            CollectionDesk.through(maker, "Rwanda Pay");
            collected = CollectionDesk.request(maker, mtnNumber(), "5000", "Jean Mugabo", "");
            awaitStatus(maker, collected, "SUCCESSFUL");
            assertFalse(maker.isPresent(refundButton(collected)), "a maker does not refund");
            CollectionDesk.through(maker, "DGS-Pay ACC");
            viaDgs = CollectionDesk.request(maker, mtnNumber(), "4000", "Aline Uwase", "");
            Sandbox.approve(viaDgs);
            awaitStatus(maker, viaDgs, "SUCCESSFUL");
        }
        try (Browser approver = new Browser()) {
            approver.signIn("approver", "demo-approver-pass");
            approver.open("/collections/index.xhtml");
            assertFalse(approver.isPresent(refundButton(viaDgs)), "DGS-Pay API v2 has no refunds: no button");

            approver.click(refundButton(collected));
            approver.waitUntil(d -> d.findElement(By.id("refund-form:amount")).isDisplayed());
            assertEquals("5000", approver.driver().findElement(By.id("refund-form:amount")).getAttribute("value"),
                    "the whole payment is offered");
            approver.type(By.id("refund-form:amount"), "6000");
            approver.click(By.id("refund-form:confirm-refund"));
            String tooMuch = approver.text(By.xpath("//*[@id='refund-form:amount']/following-sibling::*[contains(@class,'ui-message')][1]"));
            assertTrue(tooMuch.contains("At most RWF 5,000"), tooMuch);

            approver.type(By.id("refund-form:amount"), "2000");
            approver.type(By.id("refund-form:reason"), "Two items returned");
            approver.screenshot("refund-dialog");
            approver.click(By.id("refund-form:confirm-refund"));
            String first = refundIn(approver.text(By.id("messages")));
            approver.waitUntil(d -> refundLine(d, collected).contains("Refunded RWF 2,000"));

            approver.click(refundButton(collected));
            approver.waitUntil(d -> "3000".equals(d.findElement(By.id("refund-form:amount")).getAttribute("value")));
            approver.click(By.id("refund-form:confirm-refund"));
            String second = refundIn(approver.text(By.id("messages")));
            assertFalse(first.equals(second));
            approver.waitUntil(d -> refundLine(d, collected).contains("Refunded RWF 5,000"));
            assertFalse(approver.isPresent(refundButton(collected)), "nothing is left to refund: no button");
            approver.screenshot("refund-done");

            // the gateway agrees: the payment is refunded in full
            JsonObject payment = rwandaPay("/payments/" + collected).getJsonObject("data");
            assertEquals("refunded", payment.getString("status"));
            assertEquals(5000, payment.getJsonNumber("refunded_amount").intValue());

            // one ledger: both refunds as money out on Rwanda Pay
            approver.open("/transactions/index.xhtml");
            approver.waitUntil(d -> {
                d.navigate().refresh();
                return ledgerLine(d, first).contains("Refund") && ledgerLine(d, second).contains("rwandapay");
            }, Duration.ofSeconds(60));
        }
    }

    private static By refundButton(String reference) {
        return By.xpath("//tr[.//code[text()='" + reference + "']]//button[contains(@id,'refund')]");
    }

    private static String refundLine(WebDriver d, String reference) {
        var cells = d.findElements(By.xpath("//tr[.//code[text()='" + reference + "']]//small[contains(@class,'pd-refund-line')]"));
        return cells.isEmpty() ? "" : cells.get(0).getText();
    }

    private static String ledgerLine(WebDriver d, String reference) {
        var rows = d.findElements(By.xpath("//tr[.//a[text()='" + reference + "']]"));
        return rows.isEmpty() ? "" : rows.get(0).getText();
    }

    private static String refundIn(String message) {
        Matcher m = REFUND.matcher(message);
        assertTrue(m.find(), "the page names the refund: " + message);
        return m.group(1);
    }

    private static void awaitStatus(Browser browser, String reference, String status) {
        browser.waitUntil(d -> {
            var cells = d.findElements(By.xpath("//tr[.//code[text()='" + reference + "']]/td[5]//span[contains(@class,'pd-status')]"));
            return !cells.isEmpty() && status.equals(cells.get(0).getText().trim());
        }, Duration.ofSeconds(60));
    }

    /** Rwanda Pay's own account of a payment, asked with the merchant's key, as an auditor would. */
    private static JsonObject rwandaPay(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(PayDeskServer.baseUrl() + "/sandbox/rwandapay/v1" + path))
                .header("Authorization", "Bearer sk_test_paydesk_sandbox_rwandapay_0001").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
