package rw.paydesk.system;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server dies at the worst moments of a payout: after its approval and before it was
 * sent, while the request is at the gateway, and after the gateway took it but before its
 * webhook. After each restart the gateway holds exactly one payout per reference, and
 * PayDesk shows how it ended.
 */
@ExtendWith(PayDeskServer.class)
class PayoutCrashIT {

    private final List<Browser> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(Browser::close);
        Sandbox.reset();
    }

    @Test
    void a_crash_between_approval_and_submission_or_in_the_middle_of_the_call_pays_once() throws Exception {
        Sandbox.reset();
        // approved but not sent: the USD wallet cannot pay it yet
        Sandbox.topUp("USD", 1);
        Browser maker = browser("maker", "demo-maker-pass");
        String waiting = PayoutsIT.request(maker, "Grace Uwase", amountAbove(Sandbox.withdrawable("USD")),
                "Crash: waiting for funds", "", "USD");
        String shortOfFunds = maker.text(By.id("reference"));
        PayoutsIT.approveFully(waiting);
        awaitStored(shortOfFunds, "APPROVED");
        // sent, the gateway processes it and its answer is held: PayDesk is in the middle of the call
        Sandbox.topUp("RWF", 50_000);
        Sandbox.control("/faults", "{\"mode\":\"timeout_after_processing\",\"operation\":\"init_payout\",\"hold_ms\":20000}");
        String midCall = requestAndApprove("Jean Mugisha", "7000", "Crash: in the middle of the call", true);
        awaitStored(midCall, "SUBMITTING");
        awaitAtGateway(midCall); // processed there; its answer is still held back from PayDesk

        PayDeskServer.crashAndRestart();
        closeBrowsers();

        Sandbox.topUp("USD", 1_000);
        awaitStored(shortOfFunds, "COMPLETED");
        awaitStored(midCall, "COMPLETED");
        assertEquals(1, Sandbox.transactions(shortOfFunds).size(), "sent once after the restart");
        assertEquals(1, Sandbox.transactions(midCall).size(), "looked up, not sent again");
        assertEquals(1, sendAttempts(midCall), "the gateway had it, so PayDesk never resent it");

        Browser again = browser("maker", "demo-maker-pass");
        again.open("/payouts/index.xhtml");
        assertEquals("completed", again.text(By.id("status-" + id(midCall))));
        assertEquals("completed", again.text(By.id("status-" + id(shortOfFunds))));
    }

    @Test
    void a_crash_before_the_gateway_received_the_request_sends_it_once_with_the_same_reference() throws Exception {
        Sandbox.reset();
        Sandbox.topUp("RWF", 50_000);
        // the gateway holds the request without processing it, then drops it
        Sandbox.control("/faults", "{\"mode\":\"timeout\",\"operation\":\"init_payout\",\"hold_ms\":20000}");
        String lost = requestAndApprove("Jean Mugisha", "6000", "Crash: request never arrived", true);
        awaitStored(lost, "SUBMITTING");

        PayDeskServer.crashAndRestart();
        closeBrowsers();

        awaitStored(lost, "COMPLETED");
        assertEquals(1, Sandbox.transactions(lost).size());
        assertEquals(2, sendAttempts(lost), "looked up, unknown at the gateway, sent again with the same reference");
    }

    @Test
    void a_crash_between_submission_and_the_webhook_ends_completed() throws Exception {
        Sandbox.reset();
        Sandbox.topUp("RWF", 50_000);
        Sandbox.control("/webhooks/hold", "{}");
        String sent = requestAndApprove("Grace Uwase", "8000", "Crash: before the webhook", false);
        awaitStored(sent, "SUBMITTED");

        PayDeskServer.crashAndRestart();
        closeBrowsers();

        awaitStored(sent, "COMPLETED");
        assertEquals(1, Sandbox.transactions(sent).size());
        assertEquals(1, sendAttempts(sent));
    }

    /** A maker requests, an approver approves; with {@code noWait} the approval's click does not wait for the answer. */
    private String requestAndApprove(String beneficiary, String amount, String description, boolean noWait) {
        Browser maker = browser("maker", "demo-maker-pass");
        String detail = PayoutsIT.request(maker, beneficiary, amount, description, "");
        String reference = maker.text(By.id("reference"));
        Browser approver = browser("approver", "demo-approver-pass");
        approver.open(detail);
        if (noWait) {
            ((JavascriptExecutor) approver.driver()).executeScript("document.getElementById('actions:approve').click();");
        } else {
            approver.click(By.id("actions:approve"));
        }
        return reference;
    }

    private Browser browser(String user, String password) {
        Browser b = new Browser();
        browsers.add(b);
        b.signIn(user, password);
        return b;
    }

    private void closeBrowsers() {
        browsers.forEach(Browser::close);
        browsers.clear();
    }

    private static String amountAbove(java.math.BigDecimal withdrawable) {
        return withdrawable.add(new java.math.BigDecimal("400")).setScale(0, java.math.RoundingMode.DOWN).toPlainString();
    }

    /** Waits until PayDesk's database holds the payout in that state. */
    private static void awaitStored(String reference, String status) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        String seen = null;
        while (Instant.now().isBefore(deadline)) {
            seen = column(reference, "status");
            if (status.equals(seen)) {
                return;
            }
            Thread.onSpinWait();
            waitBriefly();
        }
        throw new AssertionError("payout " + reference + " is " + seen + ", not " + status);
    }

    /** Waits until the gateway holds a transaction with this reference. */
    private static void awaitAtGateway(String reference) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Sandbox.transactions(reference).isEmpty()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the gateway never received " + reference);
            }
            waitBriefly();
        }
    }

    private static int sendAttempts(String reference) throws SQLException {
        return Integer.parseInt(column(reference, "send_attempts"));
    }

    private static long id(String reference) throws SQLException {
        return Long.parseLong(column(reference, "id"));
    }

    private static String column(String reference, String column) throws SQLException {
        try (Connection c = PayDeskServer.database();
             PreparedStatement s = c.prepareStatement("select " + column + " from payout where reference = ?")) {
            s.setString(1, reference);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    /** Polling the database: a short pause between looks (a condition is awaited, not a time). */
    private static void waitBriefly() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
