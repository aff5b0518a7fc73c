package rw.paydesk.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An administrator manages users through the browser, and what each change means for the
 * person concerned: a temporary password that must be replaced, roles, disabling, the
 * five-wrong-passwords lock, and the audit log that records it all.
 */
@ExtendWith(PayDeskServer.class)
class UserAdministrationIT {

    @Test
    void five_wrong_passwords_lock_the_account_until_an_administrator_unlocks_it() {
        String username = uniqueName("locked");
        try (Browser admin = new Browser(); Browser user = new Browser()) {
            admin.signIn("admin", "demo-admin-pass");
            String temporary = createUser(admin, username, "Lena Locked", "VIEWER");

            for (int attempt = 1; attempt <= 4; attempt++) {
                user.signIn(username, "not-the-password-" + attempt);
                assertEquals("Wrong user name or password.", loginError(user), "attempt " + attempt);
            }
            user.signIn(username, "not-the-password-5");
            assertTrue(loginError(user).startsWith("Too many wrong passwords: this account is locked until"),
                    loginError(user));
            user.screenshot("login-locked");

            user.signIn(username, temporary);
            assertTrue(loginError(user).contains("locked"), "even the right password is refused while locked");
            assertEquals("/login.xhtml", user.awaitPath("/login.xhtml"));

            admin.open("/admin/audit.xhtml");
            admin.type(By.id("audit:actor"), username);
            admin.click(By.id("audit:search"));
            String log = admin.text(By.id("audit:events"));
            assertTrue(log.contains("ACCOUNT_LOCKED"), log);
            assertTrue(log.contains("SIGN_IN_REFUSED_LOCKED"), log);
            assertFalse(log.contains(temporary), "the audit log never holds a password");
            admin.screenshot("audit-log");

            admin.open("/admin/users.xhtml");
            assertEquals("Locked", rowText(admin, username, "pd-status"));
            admin.click(rowButton(username, "unlock"));
            assertEquals("Must change password", rowText(admin, username, "pd-status"));

            user.signIn(username, temporary);
            assertEquals("/account/password.xhtml", user.awaitPath("/account/password.xhtml"), "a temporary password must be replaced first");
        }
    }

    @Test
    void a_new_user_chooses_their_own_password_and_gets_the_roles_given() {
        String username = uniqueName("newbie");
        try (Browser admin = new Browser(); Browser user = new Browser()) {
            admin.signIn("admin", "demo-admin-pass");
            String temporary = createUser(admin, username, "Nadine Newbie", "MAKER");

            user.signIn(username, temporary);
            assertEquals("/account/password.xhtml", user.awaitPath("/account/password.xhtml"));
            assertTrue(user.isPresent(By.id("must-change")));
            user.open("/payouts/index.xhtml");
            assertEquals("/account/password.xhtml", user.awaitPath("/account/password.xhtml"), "nothing else opens before the password is changed");

            changePassword(user, temporary, "too-short");
            assertTrue(user.text(By.id("messages")).contains("at least 12 characters"));
            user.screenshot("password-too-short");

            String own = "a long and private sentence";
            changePassword(user, temporary, own);
            assertEquals("/dashboard.xhtml", user.awaitPath("/dashboard.xhtml"));
            assertEquals(List.of("menu-dashboard", "menu-payment_links", "menu-collections", "menu-payouts", "menu-bulk_payouts",
                    "menu-balances", "menu-fx_quotes", "menu-transactions", "menu-reports"), user.ids(By.cssSelector("#pd-nav a")));

            // the administrator adds APPROVER; the user sees it at the next sign-in
            admin.open("/admin/users.xhtml");
            admin.click(rowButton(username, "edit"));
            admin.waitUntil(d -> d.findElement(By.id("users:edit-dialog")).isDisplayed());
            admin.driver().findElement(By.xpath("//div[@id='users:edit-roles']//label[text()='Approver']")).click();
            admin.screenshot("users-edit");
            admin.click(By.id("users:save"));
            assertTrue(rowText(admin, username, "pd-chip-list").contains("Approver"));

            user.signIn(username, own);
            assertTrue(user.ids(By.cssSelector("#pd-nav a")).contains("menu-reconciliation"));
        }
    }

    @Test
    void a_disabled_user_cannot_sign_in_and_a_reset_password_replaces_the_old_one() {
        String username = uniqueName("leaver");
        try (Browser admin = new Browser(); Browser user = new Browser()) {
            admin.signIn("admin", "demo-admin-pass");
            String first = createUser(admin, username, "Leo Leaver", "VIEWER");
            user.signIn(username, first);
            assertEquals("/account/password.xhtml", user.awaitPath("/account/password.xhtml"), "signed in, with a session open");

            admin.click(rowButton(username, "disable"));
            admin.click(By.cssSelector(".ui-confirmdialog-yes"));
            assertEquals("Disabled", rowText(admin, username, "pd-status"));
            user.open("/dashboard.xhtml");
            assertEquals("/login.xhtml", user.awaitPath("/login.xhtml"), "disabling a user ends the session they had open");

            user.signIn(username, first);
            assertEquals("This account is disabled. Ask an administrator.", loginError(user));

            admin.click(rowButton(username, "enable"));
            admin.click(rowButton(username, "reset"));
            admin.click(By.cssSelector(".ui-confirmdialog-yes"));
            String second = admin.text(By.id("issued-password"));
            assertFalse(second.equals(first));

            user.signIn(username, first);
            assertEquals("Wrong user name or password.", loginError(user), "the old password stopped working");
            user.signIn(username, second);
            assertEquals("/account/password.xhtml", user.awaitPath("/account/password.xhtml"),
                    () -> "signing in with the new temporary password: " + user.driver().getPageSource().replaceAll("(?s).*ui-messages-error-summary\">([^<]*).*", "$1"));
        }
    }

    @Test
    void an_administrator_cannot_disable_their_own_account() {
        try (Browser admin = new Browser()) {
            admin.signIn("admin", "demo-admin-pass");
            admin.open("/admin/users.xhtml");
            admin.click(rowButton("admin", "disable"));
            admin.click(By.cssSelector(".ui-confirmdialog-yes"));
            assertTrue(admin.text(By.id("messages")).contains("You cannot disable your own account."));
            assertEquals("Active", rowText(admin, "admin", "pd-status"));
        }
    }

    @Test
    void the_settings_page_masks_secrets() {
        try (Browser admin = new Browser()) {
            admin.signIn("admin", "demo-admin-pass");
            admin.open("/settings/index.xhtml");
            String page = admin.text(By.id("settings"));
            assertTrue(page.contains("PAYDESK_GATEWAY_CLIENT_SECRET"), page);
            assertFalse(page.contains("sk_sandbox_abc123yoursandboxkey"), "the client secret is masked");
            assertFalse(page.contains("whsec_sandbox_paydesk_local"), "the webhook secret is masked");
            String dbUser = admin.text(By.xpath("//tr[.//code[text()='paydesk.db.user']]/td[4]"));
            assertEquals("environment", dbUser, "the system tests set the database user by environment variable");
            String lockout = admin.text(By.xpath("//tr[.//code[text()='paydesk.security.lockout.max-attempts']]/td[4]"));
            assertEquals("default", lockout);
            admin.screenshot("settings");
        }
    }

    static String createUser(Browser admin, String username, String fullName, String roleName) {
        admin.open("/admin/users.xhtml");
        admin.screenshot("users");
        admin.type(By.id("users:new-username"), username);
        admin.type(By.id("users:new-fullname"), fullName);
        admin.type(By.id("users:new-email"), username + "@example.rw");
        admin.driver().findElement(By.xpath("//div[@id='users:new-roles']//label[text()='"
                + roleLabel(roleName) + "']")).click();
        admin.click(By.id("users:create"));
        String temporary = admin.text(By.id("issued-password"));
        assertEquals(19, temporary.length(), "a temporary password of 16 characters in groups of four");
        return temporary;
    }

    private static String roleLabel(String role) {
        return switch (role) {
            case "ADMIN" -> "Administrator";
            case "MAKER" -> "Maker";
            case "APPROVER" -> "Approver";
            default -> "Viewer";
        };
    }

    private static void changePassword(Browser user, String current, String replacement) {
        user.typePassword("password:current", current);
        user.typePassword("password:replacement", replacement);
        user.typePassword("password:confirmation", replacement);
        user.submitPage(By.id("password:change"));
    }

    private static String loginError(Browser browser) {
        return browser.text(By.cssSelector("#login\\:login-messages .ui-messages-error-summary"));
    }

    private static By rowButton(String username, String action) {
        return By.xpath("//tr[.//code[text()='" + username + "']]//button[contains(@id, ':" + action + "')]");
    }

    private static String rowText(Browser browser, String username, String cssClass) {
        return browser.text(By.xpath("//tr[.//code[text()='" + username + "']]//*[contains(@class, '" + cssClass + "')]"));
    }

    private static String uniqueName(String prefix) {
        return prefix + ThreadLocalRandom.current().nextInt(10_000, 99_999);
    }
}
