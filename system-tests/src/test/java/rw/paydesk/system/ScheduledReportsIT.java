package rw.paydesk.system;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The e-mailed reports on the one-command setup, where no SMTP server is configured: an
 * administrator subscribes an address to the daily settlement summary and sends it now; the
 * mail, with its files and their SHA-256, is in PayDesk's outbox, and the run history says so.
 */
@ExtendWith(PayDeskServer.class)
class ScheduledReportsIT {

    private static final ZoneId KIGALI = ZoneId.of("Africa/Kigali");

    private Browser admin;

    @BeforeEach
    void signIn() {
        admin = new Browser();
        admin.signIn("admin", "demo-admin-pass");
    }

    @AfterEach
    void close() {
        admin.close();
    }

    @Test
    void an_admin_subscribes_an_address_to_the_daily_summary_sends_it_now_and_finds_the_mail_in_the_outbox() throws Exception {
        String address = "finance-" + System.nanoTime() + "@kigali-traders.rw";
        admin.open("/admin/reports/index.xhtml");
        assertTrue(admin.text(By.id("transport")).contains("Outbox"), "the page says where mails go");

        admin.type(By.id("subs:recipients"), "finance, " + address);
        admin.click(By.id("subs:save"));
        assertTrue(admin.text(By.tagName("body")).contains("This is not an e-mail address: finance."),
                "a bad address is named and nothing is saved");
        assertFalse(admin.isPresent(recipientCell(address)));

        admin.choose("subs:kind", "Settlement summary");
        admin.choose("subs:frequency", "Daily");
        admin.type(By.id("subs:time"), "07:00");
        admin.type(By.id("subs:recipients"), address);
        admin.click(By.id("subs:save"));
        admin.waitUntil(d -> !d.findElements(recipientCell(address)).isEmpty());
        WebElement row = admin.driver().findElement(rowOf(address));
        assertTrue(row.getText().contains("Every day at 07:00"), row.getText());
        assertTrue(row.getText().contains("CSV, XLSX, PDF"), row.getText());
        admin.screenshot("scheduled-reports-subscriptions");

        admin.click(By.xpath(rowXpath(address) + "//button[contains(@class,'pd-send-now')]"));
        assertTrue(admin.text(By.tagName("body")).contains("it will be in the outbox in a moment"));

        admin.open("/admin/reports/outbox.xhtml");
        By mailRow = By.cssSelector("tr.pd-outbox-mail[data-recipient='" + address + "']");
        admin.waitUntil(d -> {
            d.navigate().refresh();
            return !d.findElements(mailRow).isEmpty();
        });
        admin.screenshot("scheduled-reports-outbox");
        admin.click(By.cssSelector("tr.pd-outbox-mail[data-recipient='" + address + "'] a.pd-outbox-open"));

        LocalDate yesterday = LocalDate.now(KIGALI).minusDays(1);
        String subject = admin.text(By.id("mail-subject"));
        assertTrue(subject.contains("Settlement summary"), subject);
        assertTrue(subject.contains(yesterday.format(DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH))),
                "the mail sent now covers yesterday: " + subject);
        assertEquals(address, admin.text(By.id("mail-to")));

        String body = admin.driver().findElement(By.id("mail-body")).getAttribute("srcdoc");
        List<WebElement> files = admin.driver().findElements(By.cssSelector("a.pd-mail-file"));
        assertEquals(java.util.Set.of("csv", "xlsx", "pdf"), files.stream()
                .map(f -> f.getText().substring(f.getText().lastIndexOf('.') + 1)).collect(java.util.stream.Collectors.toSet()));
        for (WebElement file : files) {
            byte[] content = download(file.getAttribute("href"));
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            assertEquals(file.getAttribute("data-sha256"), sha, "the file downloaded is the one the mail names");
            assertTrue(body.contains(sha), "the mail's body gives the SHA-256 of " + file.getText());
        }
        admin.screenshot("scheduled-reports-outbox-mail");

        admin.open("/admin/reports/runs.xhtml");
        By delivery = By.cssSelector("tr.pd-delivery[data-recipient='" + address + "']");
        WebElement line = admin.driver().findElement(delivery);
        assertEquals("SENT", line.getAttribute("data-status"));
        assertTrue(line.getText().contains("(outbox)"), line.getText());
        WebElement run = line.findElement(By.xpath("ancestor::section[contains(@class,'pd-run')]"));
        assertEquals("SENT", run.getAttribute("data-status"));
        assertTrue(run.getText().contains("sent by hand by admin"), run.getText());
        admin.screenshot("scheduled-reports-runs");
    }

    @Test
    void a_paused_subscription_can_be_resumed_and_the_form_checks_the_schedule() {
        String address = "ops-" + System.nanoTime() + "@kigali-traders.rw";
        admin.open("/admin/reports/index.xhtml");
        admin.choose("subs:frequency", "Monthly");
        admin.type(By.id("subs:day-of-month"), "2");
        admin.type(By.id("subs:time"), "6h30");
        admin.type(By.id("subs:recipients"), address);
        admin.click(By.id("subs:save"));
        assertTrue(admin.text(By.tagName("body")).contains("Write the time as hours and minutes"));

        admin.type(By.id("subs:time"), "06:30");
        admin.click(By.id("subs:save"));
        admin.waitUntil(d -> !d.findElements(recipientCell(address)).isEmpty());
        assertTrue(admin.driver().findElement(rowOf(address)).getText().contains("On the 2nd of every month at 06:30"));

        admin.click(By.xpath(rowXpath(address) + "//button[@title='Pause']"));
        admin.waitUntil(d -> d.findElement(rowOf(address)).getText().contains("Paused"));
        admin.click(By.xpath(rowXpath(address) + "//button[@title='Resume']"));
        admin.waitUntil(d -> d.findElement(rowOf(address)).getText().contains("Active"));
    }

    private static By recipientCell(String address) {
        return By.xpath("//span[@class='pd-recipient' and text()='" + address + "']");
    }

    private static String rowXpath(String address) {
        return "//tr[.//span[@class='pd-recipient' and text()='" + address + "']]";
    }

    private static By rowOf(String address) {
        return By.xpath(rowXpath(address));
    }

    private byte[] download(String href) throws Exception {
        Cookie session = admin.driver().manage().getCookieNamed("PAYDESK_SESSION");
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "PAYDESK_SESSION=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), href);
        return response.body();
    }
}
