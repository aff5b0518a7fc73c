package rw.paydesk.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each demo role signs in through Chromium: which menu entries it sees, which pages open,
 * and which URLs the server refuses even when typed in directly.
 */
@ExtendWith(PayDeskServer.class)
class RoleAccessIT {

    private static final List<String> MONEY = List.of("/links/index.xhtml", "/collections/index.xhtml",
            "/payouts/index.xhtml", "/balances/index.xhtml", "/fx/index.xhtml", "/transactions/index.xhtml");
    private static final List<String> ADMIN_PAGES = List.of("/admin/users.xhtml", "/admin/audit.xhtml",
            "/admin/webhooks.xhtml", "/settings/index.xhtml", "/admin/reports/index.xhtml", "/admin/reports/outbox.xhtml",
            "/admin/reports/runs.xhtml");

    static Stream<Arguments> roles() {
        return Stream.of(
                Arguments.of("admin", "demo-admin-pass",
                        List.of("menu-dashboard", "menu-reports", "menu-settings", "menu-users", "menu-scheduled_reports", "menu-audit_log",
                                "menu-webhooks"),
                        concat(MONEY, List.of("/reconciliation/index.xhtml", "/withdrawals/index.xhtml"))),
                Arguments.of("maker", "demo-maker-pass",
                        List.of("menu-dashboard", "menu-payment_links", "menu-collections", "menu-payouts", "menu-bulk_payouts",
                                "menu-balances", "menu-fx_quotes", "menu-transactions", "menu-reports"),
                        concat(ADMIN_PAGES, List.of("/reconciliation/index.xhtml", "/withdrawals/index.xhtml"))),
                Arguments.of("approver", "demo-approver-pass",
                        List.of("menu-dashboard", "menu-payment_links", "menu-collections", "menu-payouts", "menu-bulk_payouts",
                                "menu-balances", "menu-withdrawals", "menu-fx_quotes", "menu-transactions", "menu-reconciliation",
                                "menu-reports"),
                        ADMIN_PAGES),
                Arguments.of("viewer", "demo-viewer-pass",
                        List.of("menu-dashboard", "menu-payment_links", "menu-collections", "menu-payouts", "menu-bulk_payouts",
                                "menu-balances", "menu-withdrawals", "menu-fx_quotes", "menu-transactions", "menu-reconciliation",
                                "menu-reports"),
                        ADMIN_PAGES));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roles")
    void each_role_sees_its_own_menu_and_is_refused_the_rest(String user, String password, List<String> menu,
                                                              List<String> refused) {
        try (Browser browser = new Browser()) {
            browser.signIn(user, password);
            assertEquals("/dashboard.xhtml", browser.awaitPath("/dashboard.xhtml"), "after sign-in the dashboard opens");
            assertEquals("SANDBOX", browser.text(By.id("environment-badge")));
            assertTrue(browser.text(By.id("current-user")).length() > 1, "the header names the user");

            assertEquals(menu, browser.ids(By.cssSelector("#pd-nav a")), "menu of " + user);

            for (String id : menu) {
                String href = browser.driver().findElement(By.id(id)).getAttribute("href");
                browser.driver().get(href);
                browser.waitForPage();
                assertFalse(browser.isPresent(By.id("error-title")), user + " may open " + href);
            }
            for (String path : refused) {
                browser.open(path);
                assertEquals("Not allowed", browser.text(By.id("error-title")), user + " must be refused " + path);
                assertNoStackTrace(browser, path);
            }
            browser.open("/dashboard.xhtml");
            browser.screenshot("dashboard-" + user);
        }
    }

    @Test
    void the_session_cookie_is_renewed_at_sign_in_and_kept_from_scripts_and_other_sites() {
        try (Browser browser = new Browser()) {
            browser.open("/login.xhtml");
            Cookie before = browser.driver().manage().getCookieNamed("PAYDESK_SESSION");
            browser.signIn("viewer", "demo-viewer-pass");
            Cookie after = browser.driver().manage().getCookieNamed("PAYDESK_SESSION");
            assertNotNull(after, "a session cookie named PAYDESK_SESSION");
            if (before != null) {
                assertNotEquals(before.getValue(), after.getValue(), "a new session id after sign-in");
            }
            assertTrue(after.isHttpOnly(), "HttpOnly");
            assertEquals("Strict", after.getSameSite(), "SameSite=Strict");
        }
    }

    @Test
    void signing_out_ends_the_session() {
        try (Browser browser = new Browser()) {
            browser.signIn("maker", "demo-maker-pass");
            browser.submitPage(By.id("signout-form:sign-out"));
            assertTrue(browser.isPresent(By.id("signed-out")), "the sign-in page says so");
            browser.open("/payouts/index.xhtml");
            assertEquals("/login.xhtml", browser.awaitPath("/login.xhtml"), "a protected page asks to sign in again");
        }
    }

    @Test
    void a_page_asked_for_before_sign_in_opens_after_it() {
        try (Browser browser = new Browser()) {
            browser.open("/transactions/index.xhtml");
            assertEquals("/login.xhtml", browser.awaitPath("/login.xhtml"));
            browser.screenshot("login");
            browser.type(By.id("login:username"), "viewer");
            browser.typePassword("login:password", "demo-viewer-pass");
            browser.submitPage(By.id("login:sign-in"));
            assertEquals("/transactions/index.xhtml", browser.awaitPath("/transactions/index.xhtml"));
        }
    }

    @Test
    void an_unknown_page_says_not_found_without_a_stack_trace() {
        try (Browser browser = new Browser()) {
            browser.signIn("viewer", "demo-viewer-pass");
            browser.open("/no-such-page.xhtml");
            assertEquals("Page not found", browser.text(By.id("error-title")));
            assertNoStackTrace(browser, "/no-such-page.xhtml");
            browser.screenshot("not-found");
        }
    }

    static void assertNoStackTrace(Browser browser, String path) {
        String page = browser.driver().getPageSource();
        assertFalse(page.matches("(?s).*(\\bat [a-z]+\\.[a-zA-Z.$]+\\(|Caused by:|\\.java:\\d+).*"),
                "no stack trace on " + path);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
