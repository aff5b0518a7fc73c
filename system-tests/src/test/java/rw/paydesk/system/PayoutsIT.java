package rw.paydesk.system;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.math.BigDecimal;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A maker's payout waits for an approver, the maker cannot approve it by any page or
 * request, and after the approval the sandbox pays it exactly once and the balance moves by
 * the amount and the fee.
 */
@ExtendWith(PayDeskServer.class)
class PayoutsIT {

    private Browser maker;

    @BeforeEach
    void signIn() {
        Sandbox.reset();
        maker = new Browser();
        maker.signIn("maker", "demo-maker-pass");
    }

    @AfterEach
    void close() {
        maker.close();
        Sandbox.reset();
    }

    @Test
    void a_payout_waits_for_another_person_then_is_paid_exactly_once() {
        Sandbox.topUp("RWF", 2_000_000);
        Sandbox.settleAll(); // funds settling meanwhile would change the balance under the test
        BigDecimal before = Sandbox.withdrawable("RWF");

        String detail = request(maker, "Jean Mugisha", "250000", "Supplier invoice 311", "");
        assertEquals("awaiting approval", maker.text(By.id("status")));
        assertEquals("0 of 1 needed", maker.text(By.id("approvals")).replaceAll("\\s+", " ").trim());
        assertFalse(maker.isPresent(By.id("actions:approve")), "the maker is offered no approval");
        maker.screenshot("payout-awaiting-approval");

        // a forged postback of the approve button from the maker's page changes nothing
        ((JavascriptExecutor) maker.driver()).executeScript(
                "PrimeFaces.ab({s:'actions:approve', f:'actions', p:'actions:approve', u:'actions'});");
        maker.waitForPage();
        maker.open(detail);
        assertEquals("awaiting approval", maker.text(By.id("status")));
        assertEquals(0, Sandbox.apiCalls("init_payout"), "nothing was sent");

        try (Browser approver = new Browser()) {
            approver.signIn("approver", "demo-approver-pass");
            approver.open("/payouts/index.xhtml");
            assertTrue(Integer.parseInt(approver.text(By.id("count-payouts")).trim()) >= 1, "the menu shows what waits");
            approver.screenshot("payouts-queue");
            approver.open(detail);
            assertTrue(approver.text(By.id("expected-fee")).contains("RWF 2,500"), "1 % fee shown before approval");
            assertTrue(approver.text(By.id("wallet")).contains("enough for this payout"), approver.text(By.id("wallet")));
            approver.click(By.id("actions:approve"));
            approver.waitUntil(d -> d.findElement(By.id("status")).getText().equals("completed"), Duration.ofSeconds(60));
            assertTrue(approver.text(By.id("fee")).contains("RWF 2,500"), approver.text(By.id("fee")));
            approver.screenshot("payout-completed");
        }
        String reference = maker.open(detail).text(By.id("reference"));
        assertEquals(1, Sandbox.transactions(reference).size(), "the gateway holds exactly one payout");
        assertEquals(1, Sandbox.apiCalls("init_payout"), "sent once");
        assertEquals(0, before.subtract(new BigDecimal("252500")).compareTo(Sandbox.withdrawable("RWF")),
                "the wallet paid amount and fee once");
        String history = maker.text(By.id("history"));
        assertTrue(history.contains("PAYOUT_REQUESTED") && history.contains("PAYOUT_APPROVED") && history.contains("PAYOUT_SENT")
                && history.contains("completed"), history);
    }

    @Test
    void a_large_payout_needs_two_different_approvers() {
        Sandbox.topUp("RWF", 3_000_000);
        String detail = request(maker, "Grace Uwase", "1500000", "Quarterly rent", "");
        assertEquals("0 of 2 needed", maker.text(By.id("approvals")).replaceAll("\\s+", " ").trim());
        try (Browser first = new Browser(); Browser second = new Browser()) {
            first.signIn("approver", "demo-approver-pass");
            first.open(detail).click(By.id("actions:approve"));
            assertEquals("awaiting approval", first.text(By.id("status")));
            assertEquals("1 of 2 needed", first.text(By.id("approvals")).replaceAll("\\s+", " ").replaceAll(" · .*", "").trim());
            // the same person again is refused by the service
            first.open(detail).click(By.id("actions:approve"));
            assertTrue(first.text(By.id("messages")).contains("already approved"), first.text(By.id("messages")));
            assertEquals(0, Sandbox.apiCalls("init_payout"));

            second.signIn("approver2", "demo-approver2-pass");
            second.open(detail).click(By.id("actions:approve"));
            second.waitUntil(d -> d.findElement(By.id("status")).getText().equals("completed"), Duration.ofSeconds(60));
        }
    }

    @Test
    void a_rejected_payout_tells_the_maker_why_and_is_never_sent() {
        String detail = request(maker, "Jean Mugisha", "5000", "Refund order 88", "");
        try (Browser approver = new Browser()) {
            approver.signIn("approver", "demo-approver-pass");
            approver.open(detail);
            approver.click(By.id("actions:reject"));
            assertTrue(approver.text(By.id("messages")).contains("Say why"), approver.text(By.id("messages")));
            approver.type(By.id("actions:reason"), "Wrong amount, the refund is 4,000");
            approver.click(By.id("actions:reject"));
            assertEquals("rejected", approver.text(By.id("status")));
        }
        maker.open(detail);
        assertTrue(maker.text(By.id("actions:rejection")).contains("Wrong amount, the refund is 4,000"));
        assertTrue(maker.isPresent(By.id("actions:make-again")));
        assertEquals(0, Sandbox.apiCalls("init_payout"));
    }

    @Test
    void a_payout_from_the_usd_wallet_that_cannot_pay_it_waits_for_funds_then_goes_out_once() {
        Sandbox.topUp("USD", 1);
        BigDecimal available = Sandbox.withdrawable("USD");
        String amount = available.add(new BigDecimal("400")).setScale(0, java.math.RoundingMode.DOWN).toPlainString();
        String detail = request(maker, "Grace Uwase", amount, "Payroll advance", "", "USD", "payout-form-usd");
        assertTrue(maker.text(By.id("description")).contains("Payroll advance"));
        assertTrue(maker.text(By.id("facts-quote")).contains("sim_USD_RWF"), "the quote approvers approve");
        approveFully(detail);
        try (Browser approver = new Browser()) {
            approver.signIn("approver2", "demo-approver2-pass");
            approver.open(detail);
            approver.waitUntil(d -> d.findElements(By.id("actions:hold")).size() == 1, Duration.ofSeconds(30));
            assertTrue(approver.text(By.id("actions:hold")).startsWith("Waiting for funds"), approver.text(By.id("actions:hold")));
            assertEquals("approved", approver.text(By.id("status")));
            assertEquals(0, Sandbox.apiCalls("init_payout"), "not sent to fail");
            approver.screenshot("payout-waiting-for-funds");

            Sandbox.topUp("USD", 1_000);
            approver.waitUntil(d -> d.findElement(By.id("status")).getText().equals("completed"), Duration.ofSeconds(60));
        }
        assertEquals(1, Sandbox.apiCalls("init_payout"));
    }

    /** Approves with the demo approver, then with the second one if the amount needs two. */
    static void approveFully(String detail) {
        for (String[] who : new String[][] {{"approver", "demo-approver-pass"}, {"approver2", "demo-approver2-pass"}}) {
            try (Browser approver = new Browser()) {
                approver.signIn(who[0], who[1]);
                approver.open(detail);
                if (!approver.text(By.id("status")).equals("awaiting approval")) {
                    return;
                }
                approver.click(By.id("actions:approve"));
            }
        }
    }

    /** The maker fills in the form, checks it and requests approval; answers the detail page's path and query. */
    static String request(Browser maker, String beneficiary, String amount, String description, String outcome) {
        return request(maker, beneficiary, amount, description, outcome, "RWF");
    }

    static String request(Browser maker, String beneficiary, String amount, String description, String outcome,
                          String wallet) {
        return request(maker, beneficiary, amount, description, outcome, wallet, null);
    }

    /** With a screenshot of the checked form when {@code shot} is given. */
    static String request(Browser maker, String beneficiary, String amount, String description, String outcome,
                          String wallet, String shot) {
        maker.open("/payouts/index.xhtml");
        maker.choose("payout:beneficiary", beneficiary);
        if (!wallet.equals("RWF")) {
            maker.choose("payout:sourceCurrency", wallet);
        }
        maker.type(By.id("payout:amount"), amount);
        maker.type(By.id("payout:description"), description);
        if (!outcome.isEmpty()) {
            maker.choose("payout:simulationContext", outcome);
        }
        maker.click(By.id("payout:check"));
        maker.waitUntil(d -> !d.findElements(By.id("preview-debit")).isEmpty());
        if (shot != null) {
            maker.screenshot(shot);
        }
        maker.click(By.id("payout:request"));
        maker.awaitPath("/payouts/detail.xhtml");
        maker.waitForPage();
        java.net.URI url = java.net.URI.create(maker.driver().getCurrentUrl());
        return (url.getRawPath() + "?" + url.getRawQuery()).replace("&created=true", "");
    }
}
