package rw.paydesk.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static rw.paydesk.system.CollectionDesk.mtnNumber;

/**
 * Rwanda Pay's hosted checkout sessions as payment links: a maker makes one from the Links
 * page, the customer pays it on the (sandbox's) checkout page with a phone number, and the
 * link turns paid by itself through Rwanda Pay's signed webhook, then shows in the ledger as
 * a collection of the Rwanda Pay account.
 */
@ExtendWith(PayDeskServer.class)
class CheckoutLinksIT {

    private static final Pattern OUR_REFERENCE = Pattern.compile("checkout (PDL[A-Z0-9]{12})");

    @Test
    void a_rwanda_pay_link_paid_on_its_checkout_page_turns_paid_and_enters_the_ledger() {
        try (Browser maker = new Browser(); Browser customer = new Browser()) {
            maker.signIn("maker", "demo-maker-pass");
            maker.open("/links/index.xhtml");
            throughRwandaPay(maker);
            assertFalse(maker.isPresent(By.id("link:methods")), "Rwanda Pay's checkout page has its own ways to pay");
            assertTrue(maker.text(By.id("checkout-terms")).contains("expires 30 minutes after it is made"),
                    maker.text(By.id("checkout-terms")));
            assertEquals("RWF", maker.text(By.id("link:currency_label")).trim());
            maker.type(By.id("link:amount"), "2500");
            maker.type(By.id("link:description"), "Invoice 2026-301");
            maker.screenshot("checkout-link-form");
            maker.click(By.id("link:create"));

            assertEquals("/links/detail.xhtml", maker.awaitPath("/links/detail.xhtml"));
            String id = maker.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
            assertEquals("RWF 2,500", maker.text(By.cssSelector(".pd-link-amount")));
            assertEquals("ACTIVE", maker.text(By.id("detail:state")));
            assertEquals("Rwanda Pay", maker.text(By.id("gateway-account")));
            assertTrue(maker.driver().findElement(By.id("detail:qr")).getAttribute("src").startsWith("data:image/png;base64,"),
                    "PayDesk's own QR code of the checkout page");
            String url = maker.driver().findElement(By.id("link-url")).getAttribute("value");
            assertTrue(url.startsWith(PayDeskServer.baseUrl() + "/sandbox/rwandapay/checkout/CHK-"), url);
            Matcher reference = OUR_REFERENCE.matcher(maker.text(By.cssSelector(".pd-link-facts")));
            assertTrue(reference.find(), maker.text(By.cssSelector(".pd-link-facts")));
            maker.screenshot("checkout-link-detail");

            customer.driver().get(url);
            customer.waitForPage();
            assertTrue(customer.text(By.tagName("body")).contains("2500 RWF"), customer.text(By.tagName("body")));
            customer.type(By.id("phone"), mtnNumber());
            customer.screenshot("rwandapay-checkout-page");
            customer.submitPage(By.xpath("//button[starts-with(normalize-space(.), 'Pay')]"));

            // the sandbox's customer approves after a moment; its signed webhook marks the link paid
            maker.waitUntil(d -> "PAID".equals(d.findElement(By.id("detail:state")).getText().trim()), Duration.ofSeconds(60));
            String paid = maker.text(By.id("detail:paid"));
            assertTrue(paid.contains("PAY-") && paid.contains("fee RWF 88"), paid);
            maker.screenshot("checkout-link-paid");

            // once the gateway has decided, the customer's browser is sent back to PayDesk
            customer.waitUntil(d -> !d.getCurrentUrl().contains("/sandbox/"), Duration.ofSeconds(30));
            customer.screenshot("rwandapay-checkout-back");

            maker.open("/links/index.xhtml");
            String row = maker.text(By.xpath("//tr[.//a[@id='open-" + id + "']]"));
            assertTrue(row.contains("Rwanda Pay") && row.contains("PAID"), row);
            maker.screenshot("checkout-link-list");

            maker.open("/transactions/index.xhtml");
            maker.waitUntil(d -> {
                d.navigate().refresh();
                return ledgerLine(d, reference.group(1)).contains("rwandapay");
            }, Duration.ofSeconds(60));
            assertTrue(ledgerLine(maker.driver(), reference.group(1)).contains("2,500"),
                    ledgerLine(maker.driver(), reference.group(1)));
            maker.screenshot("checkout-link-ledger");
        }
    }

    @Test
    void fifty_francs_are_refused_next_to_the_amount_before_anything_is_sent() throws SQLException {
        long before = links();
        try (Browser maker = new Browser()) {
            maker.signIn("maker", "demo-maker-pass");
            maker.open("/links/index.xhtml");
            throughRwandaPay(maker);
            maker.type(By.id("link:amount"), "50");
            maker.click(By.id("link:create"));

            String message = maker.text(By.xpath("//*[@id='link:amount']/following-sibling::*[contains(@class,'ui-message')][1]"));
            assertTrue(message.contains("at least RWF 100"), message);
            assertEquals("/links/index.xhtml", maker.awaitPath("/links/index.xhtml"));
            maker.screenshot("checkout-link-refused");
        }
        assertEquals(before, links(), "no link was stored, so none was sent");
    }

    @Test
    void a_viewer_sees_links_but_cannot_create_one() {
        try (Browser viewer = new Browser()) {
            viewer.signIn("viewer", "demo-viewer-pass");
            viewer.open("/links/index.xhtml");
            assertTrue(viewer.isPresent(By.id("links")));
            assertFalse(viewer.isPresent(By.id("link:create")));
            assertFalse(viewer.isPresent(By.id("link:gateway")));
        }
    }

    /** Picks the account through the menu's own widget (as a click on the option does), so that the form follows the choice. */
    private static void throughRwandaPay(Browser maker) {
        maker.chooseAndNotify("link:gateway", "Rwanda Pay");
        maker.waitUntil(d -> !d.findElements(By.id("checkout-terms")).isEmpty());
    }

    private static long links() throws SQLException {
        try (Connection db = PayDeskServer.database();
             ResultSet rs = db.createStatement().executeQuery("SELECT COUNT(*) FROM payment_link")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String ledgerLine(WebDriver d, String reference) {
        var rows = d.findElements(By.xpath("//tr[.//a[text()='" + reference + "']]"));
        return rows.isEmpty() ? "" : rows.get(0).getText();
    }
}
