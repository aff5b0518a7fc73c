package rw.paydesk.system;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Reports page: today's settlement summary shows the totals of collections a maker just made,
 * and the CSV, XLSX and PDF downloads hold exactly the totals on the screen; the transactions
 * report lists the collection; an administrator alone sees no figures.
 */
@ExtendWith(PayDeskServer.class)
class ReportsIT {

    private static final String TOTALS_TITLE = "Totals per currency";
    private static final List<String> COMPARED = List.of("Collections", "Collected", "Collection fees", "Payouts",
            "Paid out", "Payout fees", "Net", "Collections failed", "Collections pending");

    @AfterEach
    void settle() {
        Sandbox.reset();
        // as in TransactionsIT: collections made here would become withdrawable in another class's test
        Sandbox.control("/settle-now", "{}");
    }

    @Test
    void the_downloads_hold_the_totals_the_screen_shows() throws Exception {
        Sandbox.reset();
        String reference;
        try (Browser maker = new Browser()) {
            maker.signIn("maker", "demo-maker-pass");
            reference = collect(maker, "0788" + digits(6), "7300");
            Sandbox.approve(reference);
            collect(maker, "0788" + digits(6), "1500");
        }
        try (Browser viewer = new Browser()) {
            viewer.signIn("viewer", "demo-viewer-pass");
            viewer.open("/dashboard.xhtml");
            viewer.click(By.id("menu-reports"));
            viewer.awaitPath("/reports/index.xhtml");
            assertTrue(viewer.text(By.id("report-title")).startsWith("Settlement summary, "), "today's settlement by default");

            // the ledger takes the collection in at its next sync: the transactions report then lists it as successful
            viewer.click(By.id("kind-transactions"));
            viewer.waitUntil(d -> {
                d.navigate().refresh();
                return !d.findElements(By.xpath("//*[@id='rows-form:rows']//tr[td[contains(., '" + reference
                        + "')] and td[contains(., 'Successful')]]")).isEmpty();
            }, Duration.ofSeconds(90));
            assertTrue(viewer.text(By.id("report-title")).startsWith("Transactions, "));
            viewer.screenshot("reports-transactions");
            String transactions = new String(download(viewer, "download-csv", "text/csv"), StandardCharsets.UTF_8);
            assertTrue(transactions.contains(reference), "the CSV lists the collection");

            viewer.click(By.id("kind-settlement"));
            viewer.waitForPage();
            // the sync may still move a movement while we read: compare screen and files of the same moment
            viewer.waitUntil(d -> {
                d.navigate().refresh();
                try {
                    return sameEverywhere(viewer);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, Duration.ofSeconds(60));
            Map<String, String> rwf = screenTotals(viewer, "RWF");
            assertTrue(new BigDecimal(rwf.get("Collected")).compareTo(new BigDecimal("7300")) >= 0, "collected " + rwf);
            assertTrue(Long.parseLong(rwf.get("Collections")) >= 1, rwf.toString());
            viewer.screenshot("reports-settlement");

            HttpResponse<byte[]> bad = get(viewer, PayDeskServer.baseUrl() + "/reports/download?kind=settlement&period=fortnight&format=csv");
            assertEquals(400, bad.statusCode());
        }
    }

    @Test
    void an_administrator_alone_sees_no_figures() throws Exception {
        try (Browser admin = new Browser()) {
            admin.signIn("admin", "demo-admin-pass");
            admin.open("/reports/index.xhtml");
            assertTrue(admin.isPresent(By.id("no-figures")));
            assertFalse(admin.isPresent(By.id("totals")), "no totals for an administrator");
            assertTrue(admin.driver().findElement(By.id("scheduled-reports")).getAttribute("href")
                    .endsWith("/admin/reports/index.xhtml"));
            admin.screenshot("reports-admin");
            assertEquals(403, get(admin, PayDeskServer.baseUrl() + "/reports/download?kind=settlement&format=csv").statusCode(),
                    "the service refuses the file too");
        }
    }

    /** Whether the CSV, the XLSX and the PDF all hold the totals the page shows now. */
    private static boolean sameEverywhere(Browser browser) throws Exception {
        Map<String, Map<String, String>> screen = new LinkedHashMap<>();
        Map<String, Map<String, String>> shown = new LinkedHashMap<>();
        for (WebElement row : browser.driver().findElements(By.cssSelector("#totals tbody tr"))) {
            Map<String, String> values = new LinkedHashMap<>();
            Map<String, String> texts = new LinkedHashMap<>();
            for (WebElement cell : row.findElements(By.tagName("td"))) {
                values.put(cell.getAttribute("data-column"), cell.getAttribute("data-value"));
                texts.put(cell.getAttribute("data-column"), cell.getText().trim());
            }
            screen.put(row.getAttribute("data-currency"), values);
            shown.put(row.getAttribute("data-currency"), texts);
        }
        if (!screen.containsKey("RWF")) {
            return false;
        }
        Map<String, Map<String, String>> csv = csvTotals(new String(download(browser, "download-csv", "text/csv"),
                StandardCharsets.UTF_8));
        Map<String, Map<String, String>> xlsx = xlsxTotals(download(browser, "download-xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        String pdf = pdfText(download(browser, "download-pdf", "application/pdf"));
        for (Map.Entry<String, Map<String, String>> currency : screen.entrySet()) {
            for (String column : COMPARED) {
                BigDecimal onScreen = new BigDecimal(currency.getValue().get(column));
                if (onScreen.compareTo(new BigDecimal(csv.get(currency.getKey()).get(column))) != 0
                        || onScreen.compareTo(new BigDecimal(xlsx.get(currency.getKey()).get(column))) != 0
                        || !pdf.contains(shown.get(currency.getKey()).get(column))) {
                    return false;
                }
            }
        }
        return csv.keySet().equals(screen.keySet()) && xlsx.keySet().equals(screen.keySet());
    }

    private static Map<String, String> screenTotals(Browser browser, String currency) {
        Map<String, String> values = new LinkedHashMap<>();
        for (WebElement cell : browser.driver().findElements(By.cssSelector("#totals tr[data-currency='" + currency + "'] td"))) {
            values.put(cell.getAttribute("data-column"), cell.getAttribute("data-value"));
        }
        return values;
    }

    /** The CSV's totals section: after its title line, a header, then a row per currency up to a blank line. */
    private static Map<String, Map<String, String>> csvTotals(String csv) {
        List<String> lines = csv.lines().toList();
        int title = lines.indexOf(TOTALS_TITLE);
        List<String> header = List.of(lines.get(title + 1).split(","));
        Map<String, Map<String, String>> totals = new LinkedHashMap<>();
        for (int i = title + 2; i < lines.size() && !lines.get(i).isEmpty() && !lines.get(i).startsWith("Note,"); i++) {
            String[] cells = lines.get(i).split(",", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), cells[c]);
            }
            totals.put(cells[0], row);
        }
        return totals;
    }

    private static Map<String, Map<String, String>> xlsxTotals(byte[] file) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = book.getSheet(TOTALS_TITLE);
            Row header = sheet.getRow(0);
            Map<String, Map<String, String>> totals = new LinkedHashMap<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || row.getCell(1) == null) {
                    break;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int c = 1; c < header.getLastCellNum(); c++) {
                    values.put(header.getCell(c).getStringCellValue(),
                            BigDecimal.valueOf(row.getCell(c).getNumericCellValue()).toPlainString());
                }
                totals.put(row.getCell(0).getStringCellValue(), values);
            }
            return totals;
        }
    }

    private static String pdfText(byte[] pdf) throws Exception {
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                pages.add(extractor.getTextFromPage(p));
            }
            return String.join("\n", pages);
        } finally {
            reader.close();
        }
    }

    private static byte[] download(Browser browser, String linkId, String contentType) throws Exception {
        String href = browser.driver().findElement(By.id(linkId)).getAttribute("href");
        HttpResponse<byte[]> response = get(browser, href);
        assertEquals(200, response.statusCode(), href);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(contentType));
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").contains("settlement-")
                || response.headers().firstValue("Content-Disposition").orElse("").contains("transactions-"));
        return response.body();
    }

    /** A GET with the browser's session cookie, as a download from the page would be. */
    private static HttpResponse<byte[]> get(Browser browser, String url) throws Exception {
        Cookie session = browser.driver().manage().getCookieNamed("PAYDESK_SESSION");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", "PAYDESK_SESSION=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String collect(Browser maker, String phone, String amount) {
        maker.open("/collections/index.xhtml");
        maker.type(By.id("collect:phone"), phone);
        maker.type(By.id("collect:amount"), amount);
        maker.waitForPage();
        maker.type(By.id("collect:customer"), "Aline Uwase");
        maker.type(By.id("collect:email"), "aline@example.rw");
        maker.click(By.id("collect:send"));
        Matcher m = Pattern.compile("(PDM[A-Z0-9]{12})").matcher(maker.text(By.id("messages")));
        assertTrue(m.find(), "the page names the request's reference");
        return m.group(1);
    }

    private static String digits(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(ThreadLocalRandom.current().nextInt(10));
        }
        return s.toString();
    }
}
