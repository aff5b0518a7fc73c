package rw.paydesk.system;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

import java.math.BigDecimal;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every payout simulation context of the sandbox, and the gateway's faults, through PayDesk:
 * what the payout shows, what the gateway holds and that nothing is ever sent twice.
 */
@ExtendWith(PayDeskServer.class)
class PayoutOutcomesIT {

    private Browser maker;
    private Browser approver;

    @BeforeEach
    void signIn() {
        Sandbox.reset();
        Sandbox.topUp("RWF", 1_000_000);
        maker = new Browser();
        maker.signIn("maker", "demo-maker-pass");
        approver = new Browser();
        approver.signIn("approver", "demo-approver-pass");
    }

    @AfterEach
    void close() {
        maker.close();
        approver.close();
        Sandbox.reset();
    }

    @Test
    void successful_is_completed_by_the_webhook() {
        String reference = approve(PayoutsIT.request(maker, "Jean Mugisha", "10000", "Context successful", "successful"));
        awaitStatus("completed");
        assertEquals("successful", Sandbox.transactions(reference).get(0).getString("status"));
    }

    @Test
    void blocked_bank_fails_after_the_acknowledgement_and_the_wallet_gets_its_money_back() {
        Sandbox.settleAll(); // funds settling meanwhile would change the balance under the test
        BigDecimal before = Sandbox.withdrawable("RWF");
        String reference = approve(PayoutsIT.request(maker, "Grace Uwase", "20000", "Context blocked bank", "blocked_bank"));
        awaitStatus("failed");
        assertTrue(approver.text(By.id("gateway-message")).contains("blocked"), approver.text(By.id("gateway-message")));
        assertEquals(1, Sandbox.transactions(reference).size());
        assertEquals(0, before.compareTo(Sandbox.withdrawable("RWF")), "a failed payout costs nothing");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "insufficient_balance, Insufficient balance",
            "amount_below_limit_error, below the minimum",
            "amount_exceed_limit_error, exceeds the maximum"})
    void refusals_fail_at_once_with_the_gateways_reason(String context, String reason) {
        String reference = approve(PayoutsIT.request(maker, "Jean Mugisha", "15000", "Context " + context, context));
        awaitStatus("failed");
        String said = approver.text(By.id("gateway-message"));
        assertTrue(said.contains(reason) && said.contains("Nothing was paid"), said);
        assertTrue(Sandbox.transactions(reference).isEmpty(), "the gateway created nothing");
        assertEquals(1, Sandbox.apiCalls("init_payout"));
    }

    @Test
    void duplicate_reference_is_looked_up_and_never_sent_again() {
        String reference = approve(PayoutsIT.request(maker, "Jean Mugisha", "12000", "Context duplicate", "duplicate_reference"));
        awaitStatus("unknown");
        // the sweep asks the gateway, which knows no payout under it: it stays UNKNOWN and is not resent
        approver.waitUntil(d -> d.findElement(By.id("gateway-message")).getText().contains("asked again later"),
                Duration.ofSeconds(30));
        assertEquals("unknown", approver.text(By.id("status")));
        assertEquals(1, Sandbox.apiCalls("init_payout"), "never sent a second time");
        assertTrue(Sandbox.transactions(reference).isEmpty());
    }

    @Test
    void a_time_out_after_the_gateway_processed_it_is_unknown_then_settled_by_a_status_check() {
        Sandbox.control("/faults", "{\"mode\":\"timeout_after_processing\",\"operation\":\"init_payout\",\"hold_ms\":8000}");
        Sandbox.control("/webhooks/hold", "{}");
        String reference = approve(PayoutsIT.request(maker, "Grace Uwase", "30000", "Time-out after processing", ""));
        awaitStatus("unknown");
        approver.screenshot("payout-unknown");
        // no webhook comes (held): only the status check can settle it
        awaitStatus("completed");
        assertEquals(1, Sandbox.transactions(reference).size(), "the gateway holds it once");
        assertEquals(1, Sandbox.apiCalls("init_payout"), "and it was sent once");
    }

    @Test
    void a_server_error_leaves_the_payout_unknown_and_it_is_never_sent_again() {
        Sandbox.control("/faults", "{\"mode\":\"500\",\"operation\":\"init_payout\"}");
        String reference = approve(PayoutsIT.request(maker, "Jean Mugisha", "9000", "Server error", ""));
        awaitStatus("unknown");
        approver.waitUntil(d -> d.findElement(By.id("gateway-message")).getText().contains("asked again later"),
                Duration.ofSeconds(30));
        assertEquals("unknown", approver.text(By.id("status")), "a 5xx is never taken for a failure");
        assertTrue(Sandbox.transactions(reference).isEmpty());
        assertEquals(0, Sandbox.apiCalls("init_payout"), "the 500 came before the gateway processed anything, and nothing was resent");
    }

    /** The approver approves the payout on its page; answers its reference. */
    private String approve(String detail) {
        approver.open(detail).click(By.id("actions:approve"));
        return approver.text(By.id("reference"));
    }

    private void awaitStatus(String status) {
        approver.waitUntil(d -> d.findElement(By.id("status")).getText().equals(status), Duration.ofSeconds(60));
    }
}
