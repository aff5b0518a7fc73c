package rw.paydesk.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The card terminal in Chromium: the card is encrypted in the browser, the issuer asks for
 * the PIN and then 3-D Secure, the cardholder authenticates on the bank's page, and the
 * terminal shows the payment successful by itself.
 */
@ExtendWith(PayDeskServer.class)
class CardTerminalIT {

    private static final String CARD = "4532123456789010";

    @Test
    void a_card_payment_through_pin_and_3d_secure() {
        try (Browser maker = new Browser(); Browser cardholder = new Browser()) {
            maker.signIn("maker", "demo-maker-pass");
            maker.open("/collections/card.xhtml");
            for (String id : new String[]{"card-number", "card-month", "card-year", "card-cvv", "card-pin"}) {
                assertNull(maker.driver().findElement(By.id(id)).getDomAttribute("name"),
                        "card field " + id + " has no name, so the browser never sends it");
            }
            fillOrder(maker, "25000");
            choose(maker, "contextMenu", "auth_pin_3ds");
            typeCard(maker, "");
            maker.screenshot("card-terminal");
            maker.click(By.id("card:pay"));

            assertEquals("PENDING", maker.text(By.id("card-status")));
            assertTrue(maker.isPresent(By.id("step:need-pin")), "the issuer asks for the PIN");
            maker.type(By.id("step-pin"), "1234");
            maker.click(By.id("step:send-pin"));

            String bankPage = maker.driver().findElement(By.id("open-3ds")).getAttribute("href");
            assertTrue(bankPage.contains("/sandbox/3ds/"), bankPage);
            maker.screenshot("card-3ds-waiting");
            cardholder.driver().get(bankPage);
            cardholder.waitForPage();
            cardholder.click(By.xpath("//button[text()='Authenticate']"));

            maker.waitUntil(d -> "SUCCESSFUL".equals(d.findElement(By.id("card-status")).getText().trim()),
                    Duration.ofSeconds(60));
            maker.screenshot("card-successful");
        }
        assertTrue(PayDeskServer.serverLog().map(log -> !log.contains(CARD)).orElse(true),
                "the card number never reaches the server's log");
    }

    @Test
    void after_pin_and_one_time_code_an_issuer_refusal_fails_the_payment_with_its_reason() {
        try (Browser maker = new Browser()) {
            maker.signIn("maker", "demo-maker-pass");
            maker.open("/collections/card.xhtml");
            fillOrder(maker, "9000");
            choose(maker, "outcomeMenu", "insufficient_funds");
            typeCard(maker, "");
            maker.click(By.id("card:pay"));
            maker.type(By.id("step-pin"), "1234");
            maker.click(By.id("step:send-pin"));
            assertTrue(maker.isPresent(By.id("step:need-otp")), "then the issuer asks for a one-time code");
            maker.screenshot("card-otp");
            maker.type(By.id("step:otp"), "123456");
            maker.click(By.id("step:send-otp"));
            maker.waitUntil(d -> "FAILED".equals(d.findElement(By.id("card-status")).getText().trim()), Duration.ofSeconds(60));
            assertTrue(maker.text(By.id("card-gateway-message")).toLowerCase().contains("insufficient"),
                    maker.text(By.id("card-gateway-message")));
        }
    }

    @Test
    void a_bad_card_number_is_refused_in_the_browser_before_anything_is_sent() {
        try (Browser maker = new Browser()) {
            maker.signIn("maker", "demo-maker-pass");
            maker.open("/collections/card.xhtml");
            fillOrder(maker, "100");
            maker.type(By.id("card-number"), "1234");
            maker.driver().findElement(By.id("card:pay")).click();
            assertTrue(maker.text(By.id("card-problem")).contains("VISA or Mastercard"));
            assertTrue(maker.isPresent(By.id("card:pay")), "still on the form");
        }
    }

    private static void fillOrder(Browser maker, String amount) {
        maker.type(By.id("card:amount"), amount);
        maker.type(By.id("card:customer"), "Diane Umutoni");
        maker.type(By.id("card:email"), "diane@example.rw");
        maker.type(By.id("card:phone"), "0788 555 123");
    }

    private static void typeCard(Browser maker, String pin) {
        maker.type(By.id("card-number"), CARD);
        maker.type(By.id("card-month"), "01");
        maker.type(By.id("card-year"), "2030");
        maker.type(By.id("card-cvv"), "123");
        if (!pin.isEmpty()) {
            maker.type(By.id("card-pin"), pin);
        }
    }

    private static void choose(Browser maker, String widget, String value) {
        ((JavascriptExecutor) maker.driver()).executeScript("PF(arguments[0]).selectValue(arguments[1])", widget, value);
    }
}
