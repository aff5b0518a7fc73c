package rw.paydesk.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import rw.paydesk.testsupport.PayaraMicroProcess;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scheduled report mails through a real SMTP server (GreenMail, in this JVM), with a PayDesk
 * of this class's own on its own PostgreSQL, so that the SMTP server can be switched off and
 * PayDesk killed without disturbing other tests. Subscriptions are made by an administrator
 * in the browser for the next whole minute (Kigali time), so the schedule itself sends them.
 */
class ReportMailIT {

    private static final ZoneId KIGALI = ZoneId.of("Africa/Kigali");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_LABEL = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);

    private static SmtpCatcher smtp;
    private static EmbeddedPostgres postgres;
    private static PayaraMicroProcess payDesk;
    private static Path work;

    @BeforeAll
    static void start() throws Exception {
        smtp = new SmtpCatcher();
        postgres = EmbeddedPostgres.builder().start();
        work = Files.createDirectories(Path.of(System.getProperty("paydesk.it.work", "target/it-work"))
                .resolveSibling("it-work-mail"));
        payDesk = launch(PayaraMicroProcess.freePort());
    }

    private static PayaraMicroProcess launch(int port) {
        Path bundle = Path.of(System.getProperty("paydesk.it.bundle", "target/bundle"));
        StringBuilder retries = new StringBuilder("PT3S");
        for (int i = 0; i < 40; i++) {
            retries.append(", PT3S");
        }
        return PayaraMicroProcess.builder(bundle.resolve("payara-micro.jar"))
                .port(port)
                .deploy(bundle.resolve("ROOT.war"), "/")
                .workingDirectory(work)
                .env("PAYDESK_DB_CLASS_NAME", "org.postgresql.ds.PGSimpleDataSource")
                .env("PAYDESK_DB_URL", postgres.getJdbcUrl("postgres", "postgres"))
                .env("PAYDESK_DB_USER", "postgres")
                .env("PAYDESK_DB_PASSWORD", "postgres")
                .env("PAYDESK_PUBLIC_URL", "http://localhost:" + port + "/")
                // no gateway in this test: nothing here moves money through one
                .env("PAYDESK_GATEWAY_BASE_URL", "http://localhost:" + port + "/no-gateway")
                .env("PAYDESK_MAIL_SMTP_HOST", "127.0.0.1")
                .env("PAYDESK_MAIL_SMTP_PORT", Integer.toString(smtp.port()))
                .env("PAYDESK_MAIL_SMTP_STARTTLS", "false")
                .env("PAYDESK_MAIL_SMTP_TIMEOUT", "PT5S")
                .env("PAYDESK_MAIL_FROM", "PayDesk Reports <reports@kigali-traders.rw>")
                .env("PAYDESK_SCHEDULE_REPORTS", "PT2S")
                // a failed mail is retried every 3 s, for two minutes: long enough to outlive a restart
                .env("PAYDESK_REPORTS_RETRY_DELAYS", retries.toString())
                .readyPath("/health")
                .startTimeout(Duration.ofMinutes(4))
                .start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (payDesk != null) {
            payDesk.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        if (smtp != null) {
            smtp.close();
        }
    }

    @Test
    void the_daily_summary_arrives_by_itself_with_the_days_totals_and_files_the_receiver_can_check() throws Exception {
        String finance = "finance-" + System.nanoTime() + "@kigali-traders.rw";
        Instant moment = nextWholeMinute();
        LocalDate covered = LocalDate.ofInstant(moment, KIGALI).minusDays(1);
        String tag = "RM" + System.nanoTime();
        insertMovements(tag, covered);

        subscribe(HH_MM.format(LocalDateTime.ofInstant(moment, KIGALI)), finance);
        waitFor(Duration.ofMinutes(3), () -> smtp.receivedBy(finance).size() == 1, "the scheduled mail to " + finance);

        MimeMessage mail = smtp.receivedBy(finance).get(0);
        assertTrue(mail.getSubject().contains("Settlement summary"), mail.getSubject());
        assertTrue(mail.getSubject().contains(covered.format(DAY_LABEL)), "covers the day before: " + mail.getSubject());
        assertEquals("PayDesk Reports <reports@kigali-traders.rw>", mail.getFrom()[0].toString());

        Map<String, byte[]> files = new LinkedHashMap<>();
        String html = parts(mail, files);
        assertEquals(3, files.size(), "CSV, XLSX and PDF attached: " + files.keySet());
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(f.getValue()));
            assertTrue(html.contains(sha), "the body gives the SHA-256 of " + f.getKey() + " (" + sha + ")");
        }
        // what this test put in the ledger for that day, in RWF: collections 15,000 + 2,500 (one failed,
        // one a second after the day ended, one a second before it began, none counted);
        // one payout of 7,000 with a 500 fee; net 17,500 - 7,000 - 500 = 10,000
        String csv = files.entrySet().stream().filter(e -> e.getKey().endsWith(".csv")).map(e -> new String(e.getValue(),
                StandardCharsets.UTF_8)).findFirst().orElseThrow();
        ReportTotals.assertSettlement(html, csv, "RWF", 2, new BigDecimal("17500"), 1, new BigDecimal("7000"),
                new BigDecimal("500"), new BigDecimal("10000"));

        try (Browser admin = new Browser(payDesk.baseUrl())) {
            admin.signIn("admin", "demo-admin-pass");
            admin.open("/admin/reports/runs.xhtml");
            WebElement line = admin.driver().findElement(By.cssSelector("tr.pd-delivery[data-recipient='" + finance + "']"));
            assertEquals("SENT", line.getAttribute("data-status"));
            assertTrue(line.findElement(By.xpath("ancestor::section[contains(@class,'pd-run')]")).getText()
                    .contains("scheduled for"));
        }
    }

    @Test
    void a_refused_address_and_a_dead_mail_server_show_in_the_history_and_after_a_crash_every_other_mail_goes_once()
            throws Exception {
        String ops = "ops-" + System.nanoTime() + "@kigali-traders.rw";
        String nobody = "nobody-" + System.nanoTime() + "@kigali-traders.rw";
        String cfo = "cfo-" + System.nanoTime() + "@kigali-traders.rw";
        smtp.refuse(nobody);
        smtp.stop();
        try {
            Instant moment = nextWholeMinute();
            long subscription = subscribe(HH_MM.format(LocalDateTime.ofInstant(moment, KIGALI)), ops + ", " + nobody + ", " + cfo);
            waitFor(Duration.ofMinutes(3), () -> deliveries(subscription).values().stream().filter("RETRYING"::equals).count() == 3,
                    "every mail of the run retrying while the mail server is down");

            try (Browser admin = new Browser(payDesk.baseUrl())) {
                admin.signIn("admin", "demo-admin-pass");
                admin.open("/admin/reports/runs.xhtml?subscription=" + subscription);
                WebElement line = admin.driver().findElement(By.cssSelector("tr.pd-delivery[data-recipient='" + ops + "']"));
                assertTrue(line.getText().contains("Retrying"), line.getText());
                assertTrue(line.getText().contains("Could not send through 127.0.0.1:" + smtp.port()), line.getText());
                admin.screenshot("report-mail-retrying");
            }
        } finally {
            // PayDesk dies in the middle of the run; the mail server comes back; PayDesk starts again
            int port = payDesk.port();
            payDesk.kill();
            smtp.start();
            payDesk = launch(port);
        }
        long subscription = subscriptionOf(ops);
        waitFor(Duration.ofMinutes(2), () -> smtp.receivedBy(ops).size() == 1 && smtp.receivedBy(cfo).size() == 1
                && "FAILED".equals(deliveries(subscription).get(nobody)), "the run finished after the restart");
        Map<String, String> states = deliveries(subscription);
        assertEquals(Map.of(ops, "SENT", nobody, "FAILED", cfo, "SENT"), states);
        assertEquals(List.of("PARTLY_SENT"), runStates(subscription), "one run for the period, whatever the restart");
        assertEquals(1, smtp.receivedBy(ops).size());
        assertEquals(1, smtp.receivedBy(cfo).size());
        assertEquals(0, smtp.receivedBy(nobody).size());

        try (Browser admin = new Browser(payDesk.baseUrl())) {
            admin.signIn("admin", "demo-admin-pass");
            admin.open("/admin/reports/runs.xhtml?subscription=" + subscription);
            WebElement refused = admin.driver().findElement(By.cssSelector("tr.pd-delivery[data-recipient='" + nobody + "']"));
            assertTrue(refused.getText().contains("Failed"), refused.getText());
            assertTrue(refused.getText().contains("refused the address " + nobody), refused.getText());
            assertTrue(refused.getText().contains("550"), refused.getText());
            WebElement run = refused.findElement(By.xpath("ancestor::section[contains(@class,'pd-run')]"));
            assertTrue(run.getText().contains("Partly sent"), run.getText());
            admin.screenshot("report-mail-partly-sent");
        }
    }

    /** Subscribes the addresses to the daily settlement summary at that time, in the browser; answers its number. */
    private static long subscribe(String time, String recipients) throws Exception {
        try (Browser admin = new Browser(payDesk.baseUrl())) {
            admin.signIn("admin", "demo-admin-pass");
            admin.open("/admin/reports/index.xhtml");
            assertTrue(admin.text(By.id("transport")).contains("SMTP server 127.0.0.1:" + smtp.port()));
            subscribeDaily(admin, time, recipients);
        }
        return subscriptionOf(recipients.split(",")[0].trim());
    }

    /** An administrator subscribes {@code recipients} to the daily settlement summary at {@code time} (HH:mm, Kigali). */
    static void subscribeDaily(Browser admin, String time, String recipients) {
        admin.open("/admin/reports/index.xhtml");
        admin.choose("subs:kind", "Settlement summary");
        admin.choose("subs:frequency", "Daily");
        admin.type(By.id("subs:time"), time);
        admin.type(By.id("subs:recipients"), recipients);
        admin.click(By.id("subs:save"));
        String first = recipients.split(",")[0].trim();
        admin.waitUntil(d -> !d.findElements(By.xpath("//span[@class='pd-recipient' and text()='" + first + "']")).isEmpty());
    }

    /**
     * The next whole minute, at least 15 s away (so the subscription is saved before it); the
     * schedule owes only moments after a subscription was made.
     */
    private static Instant nextWholeMinute() {
        Instant next = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
        return Duration.between(Instant.now(), next).toSeconds() < 15 ? next.plus(Duration.ofMinutes(1)) : next;
    }

    private static void insertMovements(String tag, LocalDate day) throws Exception {
        Instant start = day.atStartOfDay(KIGALI).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(KIGALI).toInstant();
        Object[][] rows = {
                {"-C1", "COLLECTION", "SUCCESSFUL", "15000", "300", "MTN", start},
                {"-C2", "COLLECTION", "SUCCESSFUL", "2500", "50", "AIRTEL", start.plus(Duration.ofHours(13))},
                {"-C3", "COLLECTION", "FAILED", "9999", null, "MTN", start.plus(Duration.ofHours(14))},
                {"-P1", "PAYOUT", "SUCCESSFUL", "7000", "500", "BANK", end.minusSeconds(1)},
                {"-LATE", "COLLECTION", "SUCCESSFUL", "1000000", "0", "MTN", end},
                {"-EARLY", "COLLECTION", "SUCCESSFUL", "1000000", "0", "MTN", start.minusSeconds(1)},
        };
        try (Connection c = postgres.getPostgresDatabase().getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO ledger_entry (reference, direction, status, amount, fee, currency, provider, known_locally, "
                        + "known_at_gateway, created_at, updated_at, synced_at) VALUES (?, ?, ?, ?, ?, 'RWF', ?, true, true, ?, ?, ?)")) {
            for (Object[] row : rows) {
                insert.setString(1, tag + row[0]);
                insert.setString(2, (String) row[1]);
                insert.setString(3, (String) row[2]);
                insert.setBigDecimal(4, new BigDecimal((String) row[3]));
                insert.setBigDecimal(5, row[4] == null ? null : new BigDecimal((String) row[4]));
                insert.setString(6, (String) row[5]);
                OffsetDateTime at = OffsetDateTime.ofInstant((Instant) row[6], ZoneOffset.UTC);
                insert.setObject(7, at);
                insert.setObject(8, at);
                insert.setObject(9, at);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static long subscriptionOf(String recipient) {
        return query("SELECT id FROM report_subscription WHERE recipients LIKE ?", "%" + recipient + "%").stream()
                .map(r -> ((Number) r[0]).longValue()).findFirst().orElseThrow();
    }

    /** Recipient → status of the deliveries of every run of the subscription. */
    private static Map<String, String> deliveries(long subscription) {
        Map<String, String> states = new LinkedHashMap<>();
        query("SELECT d.recipient, d.status FROM report_delivery d JOIN report_run r ON r.id = d.run_id "
                + "WHERE r.subscription_id = ? ORDER BY d.id", subscription).forEach(r -> states.put((String) r[0], (String) r[1]));
        return states;
    }

    private static List<String> runStates(long subscription) {
        return query("SELECT status FROM report_run WHERE subscription_id = ? ORDER BY id", subscription).stream()
                .map(r -> (String) r[0]).toList();
    }

    private static List<Object[]> query(String sql, Object parameter) {
        return Rows.of(postgres.getPostgresDatabase(), sql, parameter);
    }

    /** The HTML body; the attachments into {@code files} by name. */
    private static String parts(MimeMessage mail, Map<String, byte[]> files) throws Exception {
        Multipart multipart = (Multipart) mail.getContent();
        String html = null;
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                part.getInputStream().transferTo(bytes);
                files.put(part.getFileName(), bytes.toByteArray());
            } else if (part.isMimeType("text/html")) {
                html = (String) part.getContent();
            }
        }
        assertTrue(html != null, "the mail has an HTML body");
        return html;
    }

    private static void waitFor(Duration timeout, BooleanSupplier condition, String what) throws InterruptedException {
        Instant until = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("waited " + timeout.toSeconds() + " s in vain for " + what + "; PayDesk's log ends:\n"
                        + payDesk.tail());
            }
            Thread.sleep(250);
        }
    }
}
