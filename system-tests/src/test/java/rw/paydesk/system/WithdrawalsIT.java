package rw.paydesk.system;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An approver withdraws the merchant's money from Rwanda Pay (the bundled sandbox) to the
 * merchant's own wallet: the withdrawal is pending, then successful by the gateway's signed
 * webhook; the account's balance goes down by it; the ledger lists it under its account. A wrong
 * PIN fails with the gateway's words and the PIN is nowhere to be found afterwards; too small an
 * amount is refused before anything is sent; makers are kept out.
 */
@ExtendWith(PayDeskServer.class)
class WithdrawalsIT {

    /** The merchant's own MTN number; its digits hold neither PIN used here. */
    private static final String OWN_NUMBER = "0788 555 777";
    private static final String PIN = "1234";
    private static final String WRONG_PIN = "9999";

    private Browser approver;

    @BeforeEach
    void signIn() {
        Sandbox.reset();
        // enough in the wallet whatever earlier tests took out of it
        Sandbox.control("/rwandapay/top-up", "{\"amount\":100000}");
        approver = new Browser();
        approver.signIn("approver", "demo-approver-pass");
    }

    @AfterEach
    void close() {
        approver.close();
    }

    @Test
    void an_approver_withdraws_to_the_merchants_own_wallet_and_the_balance_goes_down_by_it() throws Exception {
        BigDecimal before = rwandaPayWithdrawable();

        approver.open("/withdrawals/index.xhtml");
        assertEquals("Rwanda Pay", approver.text(By.id("withdraw-account")), "the one account that offers withdrawals");
        withdraw("10000", OWN_NUMBER, PIN);
        String message = approver.text(By.id("messages"));
        assertTrue(message.contains("is on its way"), "the gateway took it, pending: " + message);
        String reference = newest();
        assertTrue(reference.startsWith("PDW"), reference);
        assertEquals("PENDING", stored(reference, "status"), "the gateway's answer was pending");
        assertEquals("", approver.driver().findElement(By.id("withdraw:pin")).getAttribute("value"), "the PIN field is empty again");

        // Rwanda Pay finishes the transfer a moment later and says so by webhook; the page follows by itself
        awaitStatus(reference, "SUCCESSFUL");
        assertTrue(row(reference).contains("Rwanda Pay") && row(reference).contains("WDR-"), row(reference));
        assertTrue(row(reference).contains("0788 555 777"), row(reference));
        approver.screenshot("withdrawals-successful");
        assertPinAbsent(approver.driver().getPageSource(), PIN, "the withdrawals page");

        String storedFee = stored(reference, "fee");
        BigDecimal fee = storedFee == null ? BigDecimal.ZERO : new BigDecimal(storedFee);
        BigDecimal after = rwandaPayWithdrawable();
        assertEquals(0, before.subtract(new BigDecimal("10000")).subtract(fee).compareTo(after),
                "Rwanda Pay's withdrawable balance went down by the withdrawal: " + before + " -> " + after + " (fee " + fee + ")");
        approver.screenshot("balances-every-account");

        try (Browser viewer = new Browser()) {
            viewer.signIn("viewer", "demo-viewer-pass");
            viewer.open("/transactions/index.xhtml");
            viewer.waitUntil(d -> {
                d.navigate().refresh();
                String line = ledgerLine(d, reference);
                return line.contains("rwandapay") && line.contains("Withdrawal");
            }, Duration.ofSeconds(60));
            viewer.screenshot("ledger-withdrawal");

            viewer.open("/withdrawals/index.xhtml");
            assertFalse(viewer.isPresent(By.id("withdraw")), "a viewer watches, without the form");
            assertTrue(viewer.text(By.id("withdrawals-form:withdrawals")).contains(reference));
            viewer.screenshot("withdrawals-viewer");
        }
    }

    @Test
    void a_wrong_pin_fails_with_the_gateways_message_and_the_pin_is_nowhere_afterwards() throws Exception {
        approver.open("/withdrawals/index.xhtml");
        withdraw("10000", OWN_NUMBER, WRONG_PIN);
        String message = approver.text(By.id("messages"));
        assertTrue(message.contains("refused") && message.contains("pin is incorrect"), message);
        String reference = newest();
        assertEquals("FAILED", statusOf(reference));
        assertTrue(row(reference).contains("pin is incorrect"), row(reference));
        approver.screenshot("withdrawals-wrong-pin");
        assertPinAbsent(approver.driver().getPageSource(), WRONG_PIN, "the withdrawals page");
        approver.open("/withdrawals/index.xhtml");
        assertPinAbsent(approver.driver().getPageSource(), WRONG_PIN, "the withdrawals page, reloaded");

        try (Browser admin = new Browser()) {
            admin.signIn("admin", "demo-admin-pass");
            admin.open("/admin/audit.xhtml");
            admin.type(By.id("audit:text"), reference);
            admin.click(By.id("audit:search"));
            String audit = admin.text(By.id("audit:events"));
            assertTrue(audit.contains("WITHDRAWAL_REQUESTED") && audit.contains("WITHDRAWAL_UPDATED"), audit);
            assertPinAbsent(admin.driver().getPageSource(), WRONG_PIN, "the audit log");
        }
        PayDeskServer.serverLog().ifPresent(log -> assertPinAbsent(log, WRONG_PIN, "the server log"));
        try (Connection c = PayDeskServer.database();
             PreparedStatement s = c.prepareStatement("SELECT * FROM withdrawal WHERE reference = ?")) {
            s.setString(1, reference);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    assertFalse(rs.getMetaData().getColumnName(i).toLowerCase().contains("pin"), "no PIN column");
                    assertPinAbsent(String.valueOf(rs.getString(i)), WRONG_PIN, "column " + rs.getMetaData().getColumnName(i));
                }
            }
        }
    }

    @Test
    void less_than_the_gateways_minimum_is_refused_before_anything_is_sent() throws Exception {
        approver.open("/withdrawals/index.xhtml");
        long before = count();
        withdraw("9999", OWN_NUMBER, PIN);
        String error = approver.text(By.xpath("//*[@id='withdraw:amount']/following-sibling::*[contains(@class,'ui-message')][1]"));
        assertTrue(error.contains("at least RWF 10,000"), error);
        assertEquals(before, count(), "nothing stored, nothing sent");
        withdraw("10000", "0755 555 777", "12");
        assertTrue(fieldError("phone").contains("078 or 079"), fieldError("phone"));
        assertTrue(fieldError("pin").contains("4 to 6 digits"), fieldError("pin"));
        assertEquals(before, count());
        approver.screenshot("withdrawals-refused");
    }

    @Test
    void a_maker_can_neither_open_the_page_nor_post_to_it() throws Exception {
        try (Browser maker = new Browser()) {
            maker.signIn("maker", "demo-maker-pass");
            assertFalse(maker.isPresent(By.id("menu-withdrawals")), "no menu entry for makers");
            maker.open("/withdrawals/index.xhtml");
            assertEquals("Not allowed", maker.text(By.id("error-title")));

            long before = count();
            Cookie session = maker.driver().manage().getCookieNamed("PAYDESK_SESSION");
            HttpResponse<String> post = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(PayDeskServer.baseUrl() + "/withdrawals/index.xhtml"))
                    .header("Cookie", "PAYDESK_SESSION=" + session.getValue())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("withdraw=withdraw&withdraw%3Aamount=10000"
                            + "&withdraw%3Aphone=0788555777&withdraw%3Apin=1234&withdraw%3Asend=withdraw%3Asend"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(403, post.statusCode(), "the server refuses a maker's form post");
            assertEquals(before, count(), "and nothing was withdrawn");
        }
    }

    private void withdraw(String amount, String phone, String pin) {
        approver.type(By.id("withdraw:amount"), amount);
        approver.type(By.id("withdraw:phone"), phone);
        approver.typePassword("withdraw:pin", pin);
        approver.click(By.id("withdraw:send"));
    }

    private String newest() {
        return approver.text(By.xpath("//*[@id='withdrawals-form:withdrawals_data']/tr[1]//code")).trim();
    }

    private String row(String reference) {
        return approver.text(By.xpath("//tr[.//code[text()='" + reference + "']]"));
    }

    private String statusOf(String reference) {
        return approver.text(By.xpath("//tr[.//code[text()='" + reference + "']]//span[contains(@class,'pd-status')]")).trim();
    }

    private String fieldError(String field) {
        return approver.text(By.xpath("//*[@id='withdraw:" + field + "']/following-sibling::*[contains(@class,'ui-message')][1]"))
                .trim();
    }

    private void awaitStatus(String reference, String status) {
        approver.waitUntil(d -> {
            var cells = d.findElements(By.xpath("//tr[.//code[text()='" + reference + "']]//span[contains(@class,'pd-status')]"));
            return !cells.isEmpty() && status.equals(cells.get(0).getText().trim());
        }, Duration.ofSeconds(60));
    }

    /** Rwanda Pay's withdrawable RWF as the Balances page shows it, in its own section. */
    private BigDecimal rwandaPayWithdrawable() {
        approver.open("/balances/index.xhtml");
        assertEquals("Rwanda Pay", approver.text(By.xpath("//section[@data-account='rwandapay']/h2")));
        assertTrue(approver.isPresent(By.xpath("//section[@data-account='dgs']/h2")), "the DGS-Pay account has its own section");
        String shown = approver.text(By.xpath("//section[@data-account='rwandapay']//span[@data-withdrawable='RWF']"));
        return new BigDecimal(shown.replaceAll("[^0-9.]", ""));
    }

    private static String ledgerLine(WebDriver d, String reference) {
        var rows = d.findElements(By.xpath("//tr[.//a[text()='" + reference + "']]"));
        return rows.isEmpty() ? "" : rows.get(0).getText();
    }

    private static String stored(String reference, String column) throws Exception {
        try (Connection c = PayDeskServer.database();
             PreparedStatement s = c.prepareStatement("SELECT " + column + " FROM withdrawal WHERE reference = ?")) {
            s.setString(1, reference);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), reference + " is stored");
                return rs.getString(1);
            }
        }
    }

    private static long count() throws Exception {
        try (Connection c = PayDeskServer.database();
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM withdrawal")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The PIN as a number of its own (not inside a longer run of digits, such as a view state or a port). */
    private static void assertPinAbsent(String text, String pin, String where) {
        // references and event ids end in random letters and digits, which may spell the PIN by chance
        String checked = text.replaceAll("(WDR|PAY|RFD|CHK)-[A-Z0-9-]+|evt_[a-z0-9]+|PD[A-Z][A-Z0-9]{12}", "");
        assertFalse(Pattern.compile("(?<![0-9])" + pin + "(?![0-9])").matcher(checked).find(), "the PIN appears in " + where);
    }
}
