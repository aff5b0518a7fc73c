package rw.paydesk.system;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboard shows what happened today from PayDesk's own records, what waits for the
 * user with a link to where it is handled, and survives a gateway that cannot give the
 * balances; the FX page converts at the gateway's rate. Other tests share the server, so
 * figures are compared with what the dashboard showed before. The collection comes first so
 * that the maker's last screenshot shows both sides of the day.
 */
@ExtendWith(PayDeskServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardIT {

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
    }

    @Test
    @Order(1)
    void an_approved_collection_shows_in_today_s_collections() {
        maker.open("/dashboard.xhtml");
        long countBefore = done(maker.driver(), "collections");
        BigDecimal amountBefore = amount(maker.driver(), "collections");

        maker.open("/collections/index.xhtml");
        maker.type(By.id("collect:phone"), "0788" + digits(6));
        maker.type(By.id("collect:amount"), "5000");
        maker.waitForPage();
        maker.type(By.id("collect:customer"), "Jean Mugabo");
        maker.type(By.id("collect:email"), "customer@example.rw");
        maker.click(By.id("collect:send"));
        Matcher m = Pattern.compile("(PDM[A-Z0-9]{12})").matcher(maker.text(By.id("messages")));
        assertTrue(m.find(), maker.text(By.id("messages")));
        assertTrue(Sandbox.approve(m.group(1)).getBoolean("approved"));

        maker.open("/dashboard.xhtml");
        maker.waitUntil(d -> {
            d.navigate().refresh();
            return done(d, "collections") == countBefore + 1;
        }, Duration.ofSeconds(60));
        assertEquals(0, amountBefore.add(new BigDecimal("5000")).compareTo(amount(maker.driver(), "collections")),
                maker.text(By.id("collections-RWF")));
        assertTrue(maker.text(By.id("settlement-note")).contains("one to five business days"));
        assertTrue(maker.isPresent(By.id("withdrawable-RWF")), "the RWF wallet's balances are shown");
        maker.screenshot("dashboard-maker");
    }

    @Test
    @Order(2)
    void a_payout_waits_for_the_approver_on_the_dashboard_then_shows_in_today_s_payouts() {
        Sandbox.topUp("RWF", 1_000_000);
        try (Browser approver = new Browser()) {
            approver.signIn("approver", "demo-approver-pass");
            approver.open("/dashboard.xhtml");
            long waitingBefore = waiting(approver.driver(), "waiting-payouts");
            long paidBefore = done(approver.driver(), "payouts");
            BigDecimal amountBefore = amount(approver.driver(), "payouts");

            String detail = PayoutsIT.request(maker, "Jean Mugisha", "25000", "Dashboard supplier 12", "");

            approver.open("/dashboard.xhtml");
            assertEquals(waitingBefore + 1, waiting(approver.driver(), "waiting-payouts"), "the new payout waits for the approver");
            assertTrue(approver.text(By.id("waiting-payouts")).contains("to approve"));
            approver.screenshot("dashboard-approver-waiting");
            approver.click(By.id("waiting-payouts"));
            assertEquals("/payouts/index.xhtml", approver.awaitPath("/payouts/index.xhtml"), "the item links to the queue");

            approver.open(detail).click(By.id("actions:approve"));
            approver.waitUntil(d -> d.findElement(By.id("status")).getText().equals("completed"), Duration.ofSeconds(60));

            approver.open("/dashboard.xhtml");
            assertEquals(paidBefore + 1, done(approver.driver(), "payouts"), approver.text(By.id("today-payouts")));
            assertEquals(0, amountBefore.add(new BigDecimal("25000")).compareTo(amount(approver.driver(), "payouts")),
                    approver.text(By.id("today-payouts")));
            assertEquals(waitingBefore, waiting(approver.driver(), "waiting-payouts"), "nothing more waits");
            approver.screenshot("dashboard-approver");
        }
        // the maker approves nothing: no approvals wait for them
        maker.open("/dashboard.xhtml");
        assertFalse(maker.isPresent(By.id("waiting-payouts")));
        maker.screenshot("dashboard-maker-day");
        wholePage(maker, "dashboard-maker-whole");
    }

    @Test
    void balances_the_gateway_cannot_give_are_said_to_be_missing_and_the_rest_of_the_page_stays() {
        // every wallet call fails until the test ends (reset): the page's read and its retries, and
        // also the timers' own wallet calls (ledger sync, reconciliation, payout sweep), which would
        // otherwise use up a few faults before the page asks and let its read succeed
        Sandbox.control("/faults", "{\"mode\":\"500\",\"operation\":\"wallet\",\"count\":1000}");
        maker.open("/dashboard.xhtml");
        assertTrue(maker.text(By.id("balances-problem")).contains("could not be read just now"),
                maker.text(By.id("balances-problem")));
        assertTrue(maker.isPresent(By.id("today")), "today's figures are PayDesk's own and still shown");
        assertTrue(maker.isPresent(By.id("trend")), "the chart too");
        maker.screenshot("dashboard-gateway-down");
    }

    @Test
    void an_administrator_alone_sees_no_money() {
        try (Browser admin = new Browser()) {
            admin.signIn("admin", "demo-admin-pass");
            admin.open("/dashboard.xhtml");
            assertFalse(admin.isPresent(By.id("balances-card")));
            assertFalse(admin.isPresent(By.id("today")));
            assertTrue(admin.isPresent(By.cssSelector(".pd-tiles a")), "an administrator gets the tiles of their areas");
        }
    }

    @Test
    void the_fx_page_converts_dollars_to_francs_at_the_gateway_s_rate() {
        try (Browser viewer = new Browser()) {
            viewer.signIn("viewer", "demo-viewer-pass");
            viewer.open("/fx/index.xhtml");
            viewer.type(By.id("fx:amount"), "100");
            viewer.click(By.id("fx:quote"));
            assertEquals("RWF 145,000", viewer.text(By.id("converted-amount")));
            assertEquals("USD 100.00", viewer.text(By.id("source-amount")));
            assertEquals("1 USD = 1,450 RWF", viewer.text(By.id("rate")));
            assertEquals("sim_USD_RWF", viewer.text(By.id("rate-id")));
            assertTrue(viewer.text(By.id("quoted-at")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} \\(Kigali\\)"),
                    viewer.text(By.id("quoted-at")));
            viewer.screenshot("fx-quote");

            viewer.choose("fx:to", "USD");
            viewer.click(By.id("fx:quote"));
            assertTrue(fieldError(viewer, "to").contains("other than USD"), fieldError(viewer, "to"));
            assertFalse(viewer.isPresent(By.id("converted-amount")), "no quote is shown for a wrong request");

            viewer.choose("fx:to", "RWF");
            viewer.type(By.id("fx:amount"), "12.345");
            viewer.click(By.id("fx:quote"));
            assertTrue(fieldError(viewer, "amount").contains("USD has 2 decimals at most"), fieldError(viewer, "amount"));
            viewer.type(By.id("fx:amount"), "ten");
            viewer.click(By.id("fx:quote"));
            assertTrue(fieldError(viewer, "amount").contains("in digits"), fieldError(viewer, "amount"));
            viewer.screenshot("fx-quote-wrong-amount");

            Sandbox.control("/faults", "{\"mode\":\"500\",\"operation\":\"fx-rate\",\"count\":3}");
            viewer.type(By.id("fx:amount"), "100");
            viewer.click(By.id("fx:quote"));
            assertTrue(viewer.text(By.id("fx:problem")).contains("did not give a quote"), viewer.text(By.id("fx:problem")));
            assertFalse(viewer.isPresent(By.id("converted-amount")));
        }
    }

    /** A screenshot tall enough for the whole dashboard, for the README. */
    private static void wholePage(Browser browser, String name) {
        WebDriver driver = browser.driver();
        driver.manage().window().setSize(new Dimension(1280, 1500));
        browser.waitForPage();
        try {
            Path dir = Files.createDirectories(Path.of(System.getProperty("paydesk.it.screenshots", "target/screenshots")));
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("screenshot " + name, e);
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    /** The count of done records today in RWF ("3 received", "2 paid"), 0 when none is shown. */
    private static long done(WebDriver driver, String section) {
        var counts = driver.findElements(By.id(section + "-RWF-counts"));
        return counts.isEmpty() ? 0 : Long.parseLong(counts.get(0).getText().trim().split(" ")[0]);
    }

    /** The RWF amount collected or paid today, 0 when none is shown. */
    private static BigDecimal amount(WebDriver driver, String section) {
        var amount = driver.findElements(By.id(section + "-RWF-amount"));
        return amount.isEmpty() ? BigDecimal.ZERO
                : new BigDecimal(amount.get(0).getText().replace("RWF", "").replace(",", "").trim());
    }

    private static long waiting(WebDriver driver, String id) {
        var item = driver.findElements(By.cssSelector("#" + id + " .pd-waiting-count"));
        return item.isEmpty() ? 0 : Long.parseLong(item.get(0).getText().trim());
    }

    private static String fieldError(Browser browser, String field) {
        return browser.text(By.xpath("//*[@id='fx:" + field + "']/following-sibling::*[contains(@class,'ui-message')][1]"))
                .trim();
    }

    private static String digits(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(ThreadLocalRandom.current().nextInt(10));
        }
        return s.toString();
    }
}
