package rw.paydesk.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bulk payouts as the finance team does them: a file with mistakes is refused row by row,
 * the corrected file is checked and summarised, an approver approves it, the rows go to the
 * gateway (the sandbox) and complete or fail one by one while the progress bar moves, and the
 * results file lists every row with its outcome.
 */
@ExtendWith(PayDeskServer.class)
class BulkPayoutsIT {

    private static final String HEADER = "type,bank_code,account_number,phone,provider,first_name,last_name,email,amount,"
            + "description,simulation";

    @Test
    void a_maker_uploads_a_file_an_approver_approves_it_and_every_row_gets_its_outcome() throws Exception {
        Sandbox.control("/accounts/ACC-2322-0001/top-up", "{\"currency\":\"RWF\",\"amount\":20000000}");
        int n = ThreadLocalRandom.current().nextInt(1_000_000, 9_000_000);
        try (Browser maker = new Browser(); Browser approver = new Browser()) {
            maker.signIn("maker", "demo-maker-pass");
            maker.open("/payouts/bulk/index.xhtml");
            assertTrue(maker.text(By.id("columns")).contains("account_number"), "the columns are explained on the page");

            upload(maker, file(
                    "mobile,,,0768" + six(n) + ",,Jean,Habimana,,15000,Salary May,",
                    "bank,acces_rwanda,100200300400,,,Grace,Uwase,grace@example.rw,20000,Invoice,",
                    "mobile,,,0788" + six(n) + ",Airtel,Aline,Uwera,,50,Salary May,",
                    "mobile,,,0722" + six(n) + ",,Eric,Nshuti,,18000,Salary May,",
                    "mobile,,,0722" + six(n) + ",,Eric,Nshuti,,18000,Salary May again,"));
            String errors = maker.text(By.id("upload:row-errors"));
            assertTrue(maker.text(By.id("errors-summary")).contains("4 of 5 rows have errors"),
                    maker.text(By.id("errors-summary")));
            assertTrue(errors.contains("078 or 079 (MTN) or 072 or 073 (Airtel)"), errors);
            assertTrue(errors.contains("'acces_rwanda' is not a bank the gateway pays out to"), errors);
            assertTrue(errors.contains("is an MTN number, not Airtel") && errors.contains("outside the gateway's limits"),
                    errors);
            assertTrue(errors.contains("Same payee and amount as line 5"), errors);
            assertEquals(List.of("2", "3", "4", "6"), lines(maker), "each bad row by its line");
            maker.screenshot("bulk-payouts-errors");

            upload(maker, "text/plain; not a payout file at all".getBytes(StandardCharsets.UTF_8));
            assertTrue(maker.text(By.id("upload:refusal")).contains("header row"), maker.text(By.id("upload:refusal")));

            upload(maker, file(
                    "mobile,,,0788" + six(n) + ",,Jean,Habimana,,15000,Salary May,",
                    "mobile,,,0722" + six(n) + ",Airtel,Eric,Nshuti,,18000,Salary May,",
                    "bank,access_rwanda," + n + "0001,,,Grace,Uwase,grace@example.rw,250000,\"Invoice 118, May\",",
                    "bank,bank_of_kigali," + n + "0002,,,Claude,Mugabo,claude@example.rw,30000,Invoice 119,blocked_bank"));
            assertEquals("/payouts/bulk/batch.xhtml", maker.awaitPath("/payouts/bulk/batch.xhtml"));
            assertEquals("4", maker.text(By.id("summary-rows")));
            assertEquals("RWF 313,000", maker.text(By.id("summary-total")));
            assertEquals("RWF 1,330", maker.text(By.id("summary-fees")), "bank 500 × 2, mobile 1 % with a minimum of 100");
            assertEquals("RWF 314,330", maker.text(By.id("summary-debit")));
            assertEquals("enough", maker.text(By.id("summary-enough")));
            assertEquals("4", maker.text(By.id("summary-new-payees")));
            assertTrue(maker.text(By.id("batch:rows")).contains("new payee"));
            assertEquals("draft", maker.text(By.id("batch:state")));
            maker.screenshot("bulk-payouts-draft");
            String batchUrl = maker.path() + "?" + maker.driver().getCurrentUrl().split("\\?")[1];

            maker.click(By.id("batch:submit"));
            maker.waitUntil(d -> "awaiting approval".equals(d.findElement(By.id("batch:state")).getText()));
            assertFalse(maker.isPresent(By.id("batch:approve")), "the maker is offered no approval");

            approver.signIn("approver", "demo-approver-pass");
            approver.open("/payouts/bulk/index.xhtml");
            assertTrue(Integer.parseInt(approver.text(By.id("awaiting-count"))) >= 1);
            approver.open(batchUrl);
            assertTrue(approver.text(By.id("batch:new-payees-note")).contains("4 rows pay payees who are not an approved"));
            approver.screenshot("bulk-payouts-approval");
            approver.click(By.id("batch:approve"));
            approver.click(By.id("batch:confirm-yes"));

            approver.waitUntil(d -> !d.findElements(By.id("batch:progress-done")).isEmpty(), Duration.ofSeconds(90));
            String table = approver.text(By.id("batch:rows"));
            assertEquals("4", approver.text(By.id("progress-sent")), table);
            assertEquals("3", approver.text(By.id("progress-completed")), table);
            assertEquals("1", approver.text(By.id("progress-failed")), table);
            approver.screenshot("bulk-payouts-done");

            String csv = download(approver);
            List<String> rows = Arrays.asList(csv.replace("\uFEFF", "").split("\r?\n"));
            assertEquals("line,type,bank_code,account_number,phone,provider,first_name,last_name,email,amount,description,"
                    + "reference,status,fee,gateway_message", rows.get(0));
            assertEquals(5, rows.size(), csv);
            assertTrue(rows.get(1).startsWith("2,mobile,,,0788" + six(n) + ",MTN,Jean,Habimana,,15000,Salary May,PDR"),
                    rows.get(1));
            assertTrue(rows.get(1).contains(",COMPLETED,150,"), rows.get(1));
            assertTrue(rows.get(3).contains("\"Invoice 118, May\"") && rows.get(3).contains(",COMPLETED,500,"), rows.get(3));
            assertTrue(rows.get(4).contains(",FAILED,"), rows.get(4));

            approver.waitUntil(d -> {
                d.navigate().refresh();
                return "finished".equals(d.findElement(By.id("batch:state")).getText());
            }, Duration.ofSeconds(60));
        }
    }

    @Test
    void a_file_of_5000_rows_is_checked_and_summarised() throws Exception {
        int base = ThreadLocalRandom.current().nextInt(1_000_000, 4_000_000);
        String[] rows = new String[5000];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i % 2 == 0
                    ? "mobile,,,07" + (8 + i % 4 / 2) + String.format("%07d", base + i) + ",,Jean,Mugisha,,1000,Salary,"
                    : "bank,access_rwanda," + (base + i) + "00,,,Grace,Uwase,grace@example.rw,5000,Invoice " + i + ",";
        }
        try (Browser maker = new Browser()) {
            maker.signIn("maker", "demo-maker-pass");
            maker.open("/payouts/bulk/index.xhtml");
            upload(maker, file(rows));
            assertEquals("/payouts/bulk/batch.xhtml", maker.awaitPath("/payouts/bulk/batch.xhtml"));
            assertEquals("5000", maker.text(By.id("summary-rows")));
            assertEquals("RWF 15,000,000", maker.text(By.id("summary-total")));
            assertTrue(maker.text(By.cssSelector("[id='batch:rows'] .ui-paginator-current")).contains("of 5000"));
            maker.click(By.id("batch:cancel"));
            maker.waitUntil(d -> "cancelled".equals(d.findElement(By.id("batch:state")).getText()));
        }
    }

    private static String six(int n) {
        return String.format("%06d", n % 1_000_000);
    }

    private static byte[] file(String... rows) {
        return (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void upload(Browser browser, byte[] content) throws IOException {
        Path file = Files.createTempFile("payouts", ".csv");
        Files.write(file, content);
        browser.driver().findElement(By.id("upload:file")).sendKeys(file.toAbsolutePath().toString());
        browser.submitPage(By.id("upload:check"));
    }

    private static List<String> lines(Browser browser) {
        return browser.driver().findElements(By.cssSelector("[id='upload:row-errors'] tbody tr td:first-child"))
                .stream().map(e -> e.getText().replaceAll("\\D", "")).toList();
    }

    /** What the "Results (CSV)" link gives the signed-in user. */
    private static String download(Browser browser) {
        String href = browser.driver().findElement(By.id("download")).getAttribute("href");
        Object body = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) { return r.text(); })"
                        + ".then(done, function (e) { done('failed: ' + e); });", href);
        return String.valueOf(body);
    }
}
