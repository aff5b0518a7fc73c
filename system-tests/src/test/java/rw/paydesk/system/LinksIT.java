package rw.paydesk.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A maker creates a payment link; a customer opens it on the gateway's (sandbox's) page and
 * pays by mobile money; the link shows as paid in PayDesk without a reload.
 */
@ExtendWith(PayDeskServer.class)
class LinksIT {

    @Test
    void a_link_paid_on_the_gateway_page_shows_as_paid() {
        try (Browser maker = new Browser(); Browser customer = new Browser()) {
            maker.signIn("maker", "demo-maker-pass");
            maker.open("/links/index.xhtml");
            maker.type(By.id("link:amount"), "15000");
            maker.type(By.id("link:description"), "Invoice 2026-118");
            maker.type(By.id("link:orderId"), "ORD-118");
            maker.click(By.id("link:create"));

            assertTrue(maker.awaitPath("/links/detail.xhtml").equals("/links/detail.xhtml"), maker.path());
            assertEquals("RWF 15,000", maker.text(By.cssSelector(".pd-link-amount")));
            assertEquals("ACTIVE", maker.text(By.id("detail:state")));
            assertTrue(maker.driver().findElement(By.id("detail:qr")).getAttribute("src").startsWith("data:image/png;base64,"),
                    "a QR code image");
            String url = maker.driver().findElement(By.id("link-url")).getAttribute("value");
            assertTrue(url.startsWith(PayDeskServer.baseUrl() + "/sandbox/pay/"), url);
            maker.screenshot("link-detail");

            customer.driver().get(url);
            customer.waitForPage();
            customer.screenshot("sandbox-pay-page");
            payByMobileMoney(customer);

            maker.waitUntil(d -> "PAID".equals(d.findElement(By.id("detail:state")).getText().trim()), Duration.ofSeconds(60));
            assertTrue(maker.text(By.id("detail:paid")).contains("Paid"), maker.text(By.id("detail:paid")));
            maker.screenshot("link-paid");

            maker.open("/links/index.xhtml");
            assertTrue(maker.text(By.id("links")).contains("PAID"));
        }
    }

    @Test
    void a_link_without_any_way_to_pay_is_refused_next_to_the_choice() {
        try (Browser maker = new Browser()) {
            maker.signIn("maker", "demo-maker-pass");
            maker.open("/links/index.xhtml");
            maker.type(By.id("link:amount"), "100");
            for (var box : maker.driver().findElements(By.cssSelector("[id='link:methods'] .ui-chkbox-box.ui-state-active"))) {
                box.click();
            }
            maker.click(By.id("link:create"));
            assertTrue(maker.text(By.xpath("//*[@id='link:methods']/following-sibling::*[contains(@class,'ui-message')][1]"))
                    .contains("Choose at least one way to pay"));
            assertEquals("/links/index.xhtml", maker.awaitPath("/links/index.xhtml"));
        }
    }

    /** The sandbox's hosted page: choose mobile money, enter a phone, then approve on the virtual handset. */
    private static void payByMobileMoney(Browser customer) {
        String phone = "0788" + (100000 + (int) (Math.random() * 899999));
        SandboxPayPage.payWithMobileMoney(customer, phone);
    }
}
