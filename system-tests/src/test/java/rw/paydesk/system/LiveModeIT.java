package rw.paydesk.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import rw.paydesk.testsupport.PayaraMicroProcess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A first start in live mode, with the embedded H2 default database: no demo users, the
 * first administrator's one-time password printed once to the log, and a LIVE badge.
 */
class LiveModeIT {

    private static PayaraMicroProcess live;
    private static String baseUrl;

    @BeforeAll
    static void start() throws Exception {
        Path bundle = Path.of(System.getProperty("paydesk.it.bundle", "target/bundle"));
        Path work = Files.createDirectories(Path.of(System.getProperty("paydesk.it.work", "target/it-work"))
                .resolveSibling("it-work-live"));
        live = PayaraMicroProcess.builder(bundle.resolve("payara-micro.jar"))
                .deploy(bundle.resolve("ROOT.war"), "/")
                .workingDirectory(work)
                .env("PAYDESK_ENVIRONMENT", "live")
                .env("PAYDESK_DB_URL", "jdbc:h2:file:" + work.resolve("data").resolve("paydesk-" + System.nanoTime())
                        + ";MODE=LEGACY;DB_CLOSE_ON_EXIT=FALSE")
                .readyPath("/health")
                .startTimeout(Duration.ofMinutes(4))
                .start();
        baseUrl = live.baseUrl();
    }

    @AfterAll
    static void stop() {
        if (live != null) {
            live.close();
        }
    }

    @Test
    void the_first_administrator_gets_a_one_time_password_and_there_are_no_demo_users() throws Exception {
        String log = Files.readString(live.log());
        Matcher printed = Pattern.compile("one-time password\\s+(\\S+)").matcher(log);
        assertTrue(printed.find(), "the log prints the first administrator's password");
        String oneTime = printed.group(1);
        assertFalse(printed.find(), "and prints it only once");

        try (Browser browser = new Browser()) {
            browser.driver().get(baseUrl + "/login.xhtml");
            browser.waitForPage();
            assertFalse(browser.isPresent(By.id("demo-users")), "no demo users on the live sign-in page");

            signIn(browser, "admin", "demo-admin-pass");
            assertTrue(browser.driver().getCurrentUrl().endsWith("/login.xhtml"), "the demo password does not work");

            signIn(browser, "admin", oneTime);
            assertTrue(browser.driver().getCurrentUrl().endsWith("/account/password.xhtml"),
                    "the one-time password must be replaced first");
            assertEquals("LIVE", browser.text(By.id("environment-badge")));
            browser.screenshot("live-first-sign-in");
        }
    }

    @Test
    void health_reports_the_embedded_database() throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl + "/health")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"product\":\"H2\""), response.body());
    }

    private static void signIn(Browser browser, String user, String password) {
        browser.driver().get(baseUrl + "/login.xhtml");
        browser.waitForPage();
        browser.type(By.id("login:username"), user);
        browser.typePassword("login:password", password);
        browser.submitPage(By.id("login:sign-in"));
    }
}
