package rw.paydesk.payouts.request.domain;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import rw.paydesk.core.money.Money;
import rw.paydesk.core.party.Country;
import rw.paydesk.core.party.PhoneNumber;
import rw.paydesk.payouts.approval.domain.ApprovalPolicy;
import rw.paydesk.payouts.beneficiary.domain.Beneficiary;
import rw.paydesk.payouts.request.domain.PayoutException.Refusal;
import rw.paydesk.payouts.testing.TestBeneficiaries;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PayoutTest {

    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");
    private static final Duration COOLING_OFF = Beneficiary.DEFAULT_COOLING_OFF;
    private static final ApprovalPolicy POLICY = ApprovalPolicy.DEFAULT;
    private static final Currency RWF = Currency.getInstance("RWF");
    private static final Currency USD = Currency.getInstance("USD");

    /** Approved a day and a minute ago: past its cooling-off. */
    private final Beneficiary wallet = TestBeneficiaries.approvedMobile(7, T0.minus(Duration.ofHours(24)).minusSeconds(60));

    private Payout rwf(String amount) {
        return Payout.request(wallet, Money.of(amount, "RWF"), RWF, null, "Supplier invoice 118",
                new BigDecimal(amount), POLICY, "maker", COOLING_OFF, T0);
    }

    private static PayoutException refused(Refusal expected, org.junit.jupiter.api.function.Executable action) {
        PayoutException e = assertThrows(PayoutException.class, action);
        assertEquals(expected, e.refusal(), e.getMessage());
        return e;
    }

    @Nested
    class Making {

        @Test
        void a_new_payout_has_its_reference_and_waits_for_approval() {
            Payout cut = rwf("500000");
            assertTrue(cut.reference().value().matches("PDP[A-Z0-9]{12}"), cut.reference().value());
            assertEquals(PayoutStatus.AWAITING_APPROVAL, cut.status());
            assertEquals(1, cut.requiredApprovals());
            assertEquals(7L, cut.beneficiaryId());
            assertEquals("MTN Rwanda 0788 123 456, Jean Uwase", cut.beneficiaryDetails());
            assertEquals(Money.of("500000", "RWF"), cut.amount());
        }

        @Test
        void two_payouts_never_share_a_reference() {
            assertFalse(rwf("1000").reference().equals(rwf("1000").reference()));
        }

        @Test
        void above_a_million_francs_two_approvals_are_needed() {
            assertEquals(1, rwf("1000000").requiredApprovals());
            assertEquals(2, rwf("1000001").requiredApprovals());
        }

        @Test
        void a_foreign_currency_payout_takes_the_tier_of_its_rwf_equivalent() {
            Beneficiary bank = TestBeneficiaries.approvedBank(9, T0.minus(Duration.ofDays(2)));
            Payout cut = Payout.request(bank, Money.of("900.00", "USD"), RWF, "rate_81f2", "Consulting",
                    new BigDecimal("1300000"), POLICY, "maker", COOLING_OFF, T0);
            assertEquals(2, cut.requiredApprovals());
            assertEquals("rate_81f2", cut.rateId());
        }

        @Test
        void different_currencies_need_the_fx_quote_the_maker_saw() {
            Beneficiary bank = TestBeneficiaries.approvedBank(9, T0.minus(Duration.ofDays(2)));
            PayoutException e = refused(Refusal.INVALID, () -> Payout.request(bank, Money.of("900", "USD"), RWF, " ",
                    "Consulting", new BigDecimal("1300000"), POLICY, "maker", COOLING_OFF, T0));
            assertEquals("The payout is paid out in RWF: get an exchange-rate quote first, so everyone approves the same rate.",
                    e.getMessage());
        }

        @Test
        void a_mobile_wallet_in_rwanda_is_paid_in_francs() {
            PayoutException e = refused(Refusal.INVALID, () -> Payout.request(wallet, Money.of("10", "USD"), USD, null,
                    "Refund", new BigDecimal("14000"), POLICY, "maker", COOLING_OFF, T0));
            assertEquals("A mobile-money payout to Rwanda arrives in RWF, not USD.", e.getMessage());
        }

        @Test
        void an_rwf_payout_cannot_claim_a_smaller_amount_for_its_tier() {
            assertThrows(IllegalArgumentException.class, () -> Payout.request(wallet, Money.of("5000000", "RWF"), RWF,
                    null, "Rent", new BigDecimal("5000"), POLICY, "maker", COOLING_OFF, T0));
        }

        @Test
        void a_payout_says_what_it_is_for_and_moves_money() {
            assertEquals("Say what the payout is for (at most 200 characters).", refused(Refusal.INVALID,
                    () -> Payout.request(wallet, Money.of("100", "RWF"), RWF, null, "  ", BigDecimal.valueOf(100),
                            POLICY, "maker", COOLING_OFF, T0)).getMessage());
            refused(Refusal.INVALID, () -> Payout.request(wallet, Money.of("0", "RWF"), RWF, null, "Nothing",
                    BigDecimal.ONE, POLICY, "maker", COOLING_OFF, T0));
        }

        @Test
        void a_beneficiary_still_cooling_off_cannot_be_paid() {
            Beneficiary fresh = TestBeneficiaries.approvedMobile(8, T0.minus(Duration.ofHours(2)));
            PayoutException e = refused(Refusal.BENEFICIARY_NOT_USABLE, () -> Payout.request(fresh, Money.of("100", "RWF"),
                    RWF, null, "Rent", BigDecimal.valueOf(100), POLICY, "maker", COOLING_OFF, T0));
            assertEquals("Jean Uwase was approved recently and can receive payouts from 24 Nov 2026 06:00 UTC.", e.getMessage());
        }

        @Test
        void a_beneficiary_waiting_for_approval_cannot_be_paid() {
            Beneficiary pending = TestBeneficiaries.withId(Beneficiary.mobile(PhoneNumber.parse(Country.RW, "0722 000 111"),
                    "Airtel", "Eric", "Habimana", null, "maker", T0.minus(Duration.ofDays(5))), 11);
            refused(Refusal.BENEFICIARY_NOT_USABLE, () -> Payout.request(pending, Money.of("100", "RWF"), RWF, null,
                    "Rent", BigDecimal.valueOf(100), POLICY, "maker", COOLING_OFF, T0));
        }
    }

    @Nested
    class FourEyes {

        @Test
        void the_maker_never_approves_their_own_payout_whatever_their_roles() {
            Payout cut = rwf("500000");
            PayoutException e = refused(Refusal.SELF_APPROVAL, () -> cut.approve("MAKER", POLICY, T0));
            assertEquals("You made this payout, so you cannot approve it; another approver must.", e.getMessage());
            assertEquals(PayoutStatus.AWAITING_APPROVAL, cut.status());
            assertTrue(cut.approvals().isEmpty());
        }

        @Test
        void one_approval_from_someone_else_approves_a_small_payout() {
            Payout cut = rwf("500000");
            assertTrue(cut.approve("approver1", POLICY, T0));
            assertEquals(PayoutStatus.APPROVED, cut.status());
            assertEquals(T0, cut.approvedAt());
        }

        @Test
        void a_large_payout_needs_a_second_different_approver() {
            Payout cut = rwf("1500000");
            assertFalse(cut.approve("approver1", POLICY, T0));
            assertEquals(PayoutStatus.AWAITING_APPROVAL, cut.status());
            assertEquals(1, cut.approvalsStillNeeded(T0));
            PayoutException twice = refused(Refusal.ALREADY_APPROVED, () -> cut.approve("Approver1", POLICY, T0.plusSeconds(5)));
            assertEquals("You have already approved this payout; one more approver is needed.",
                    twice.getMessage());
            assertEquals(PayoutStatus.AWAITING_APPROVAL, cut.status());
            assertTrue(cut.approve("approver2", POLICY, T0.plusSeconds(10)));
            assertEquals(PayoutStatus.APPROVED, cut.status());
        }

        @Test
        void an_approved_payout_cannot_be_approved_again() {
            Payout cut = rwf("500000");
            cut.approve("approver1", POLICY, T0);
            PayoutException e = refused(Refusal.WRONG_STATE, () -> cut.approve("approver2", POLICY, T0));
            assertEquals("Payout " + cut.reference() + " is approved and can no longer be approved.", e.getMessage());
        }

        @Test
        void a_rejection_needs_a_reason_and_ends_the_payout() {
            Payout cut = rwf("1500000");
            cut.approve("approver1", POLICY, T0);
            assertEquals("Say why you reject the payout; the maker will read it.",
                    refused(Refusal.INVALID, () -> cut.reject("approver2", " ", T0)).getMessage());
            cut.reject("approver2", "Invoice 118 was already paid in October.", T0);
            assertEquals(PayoutStatus.REJECTED, cut.status());
            assertEquals("approver2", cut.rejectedBy());
            assertEquals("Invoice 118 was already paid in October.", cut.rejectionReason());
            assertTrue(cut.approvals().get(0).isVoided());
            refused(Refusal.WRONG_STATE, () -> cut.approve("approver3", POLICY, T0));
        }

        @Test
        void the_maker_cancels_rather_than_rejects() {
            Payout cut = rwf("500000");
            refused(Refusal.SELF_APPROVAL, () -> cut.reject("maker", "oops", T0));
        }
    }

    @Nested
    class ContentBinding {

        @Test
        void an_edit_voids_earlier_approvals_so_the_first_approver_must_approve_again() {
            Payout cut = rwf("1500000");
            cut.approve("approver1", POLICY, T0);
            assertTrue(cut.revise(wallet, Money.of("1800000", "RWF"), RWF, null, "Supplier invoice 118",
                    new BigDecimal("1800000"), POLICY, "maker", COOLING_OFF, T0.plusSeconds(60)));
            assertEquals(2, cut.approvalsStillNeeded(T0.plusSeconds(60)));
            assertEquals("the maker changed the payout", cut.approvals().get(0).voidReason());
            assertFalse(cut.approve("approver1", POLICY, T0.plusSeconds(120)), "approver1 approves the new amount");
            assertTrue(cut.approve("approver2", POLICY, T0.plusSeconds(180)));
            assertEquals(PayoutStatus.APPROVED, cut.status());
        }

        @Test
        void a_change_of_description_alone_voids_approvals_too() {
            Payout cut = rwf("1500000");
            cut.approve("approver1", POLICY, T0);
            cut.revise(wallet, Money.of("1500000", "RWF"), RWF, null, "Supplier invoice 119",
                    new BigDecimal("1500000"), POLICY, "maker", COOLING_OFF, T0);
            assertEquals(0, cut.countingApprovals(T0).size());
        }

        @Test
        void saving_the_same_content_keeps_the_approvals() {
            Payout cut = rwf("1500000");
            cut.approve("approver1", POLICY, T0);
            assertFalse(cut.revise(wallet, Money.of("1500000", "RWF"), RWF, null, " Supplier  invoice 118 ",
                    new BigDecimal("1500000"), POLICY, "maker", COOLING_OFF, T0));
            assertEquals(1, cut.countingApprovals(T0).size());
        }

        @Test
        void raising_the_amount_above_the_limit_asks_for_a_second_approver() {
            Payout cut = rwf("900000");
            cut.revise(wallet, Money.of("1200000", "RWF"), RWF, null, "Supplier invoice 118",
                    new BigDecimal("1200000"), POLICY, "maker", COOLING_OFF, T0);
            assertEquals(2, cut.requiredApprovals());
        }

        @Test
        void only_the_maker_edits_and_only_before_approval_is_complete() {
            Payout cut = rwf("500000");
            refused(Refusal.NOT_THE_MAKER, () -> cut.revise(wallet, Money.of("5", "RWF"), RWF, null, "x",
                    BigDecimal.valueOf(5), POLICY, "approver1", COOLING_OFF, T0));
            cut.approve("approver1", POLICY, T0);
            refused(Refusal.WRONG_STATE, () -> cut.revise(wallet, Money.of("5", "RWF"), RWF, null, "x",
                    BigDecimal.valueOf(5), POLICY, "maker", COOLING_OFF, T0));
        }

        @Test
        void an_amount_changed_behind_the_applications_back_is_not_sent() throws Exception {
            Payout cut = rwf("500000");
            cut.approve("approver1", POLICY, T0);
            var amount = Payout.class.getDeclaredField("amount");
            amount.setAccessible(true);
            amount.set(cut, new BigDecimal("5000000"));
            PayoutException e = refused(Refusal.CONTENT_CHANGED, () -> cut.startSubmission(wallet, COOLING_OFF, T0));
            assertEquals("The payout is not what its approvers approved; it cannot be sent.", e.getMessage());
            assertEquals(PayoutStatus.APPROVED, cut.status());
        }

        @Test
        void a_beneficiary_changed_after_approval_stops_the_payout() {
            Payout cut = rwf("500000");
            cut.approve("approver1", POLICY, T0);
            wallet.changeMobileDetails(PhoneNumber.parse(Country.RW, "0799 999 999"), "MTN", "Jean", "Uwase", null,
                    "clerk", T0);
            refused(Refusal.BENEFICIARY_NOT_USABLE, () -> cut.startSubmission(wallet, COOLING_OFF, T0));
        }

        @Test
        void a_beneficiary_disabled_after_approval_stops_the_payout() {
            Payout cut = rwf("500000");
            cut.approve("approver1", POLICY, T0);
            wallet.disable("checker", T0);
            assertEquals("Jean Uwase is disabled.",
                    refused(Refusal.BENEFICIARY_NOT_USABLE, () -> cut.startSubmission(wallet, COOLING_OFF, T0)).getMessage());
        }
    }

    @Nested
    class Expiry {

        @Test
        void a_first_approval_older_than_72_hours_expires_the_payout() {
            Payout cut = rwf("1500000");
            cut.approve("approver1", POLICY, T0);
            Instant late = T0.plus(Duration.ofHours(72));
            assertFalse(cut.isExpiredAt(late.minusMillis(1)));
            assertEquals(late, cut.expiresAt());
            PayoutException e = refused(Refusal.EXPIRED, () -> cut.approve("approver2", POLICY, late));
            assertEquals("The approvals of payout " + cut.reference() + " ran out on 26 Nov 2026 08:00 UTC;"
                    + " the maker must make the payout again.", e.getMessage());
            assertTrue(cut.expireIfDue(late));
            assertEquals(PayoutStatus.EXPIRED, cut.status());
            refused(Refusal.WRONG_STATE, () -> cut.approve("approver2", POLICY, late));
        }

        @Test
        void an_approved_payout_not_sent_within_72_hours_is_not_sent() {
            Payout cut = rwf("500000");
            cut.approve("approver1", POLICY, T0);
            Instant late = T0.plus(Duration.ofHours(73));
            refused(Refusal.EXPIRED, () -> cut.startSubmission(wallet, COOLING_OFF, late));
            assertTrue(cut.expireIfDue(late));
            assertEquals(PayoutStatus.EXPIRED, cut.status());
        }

        @Test
        void a_payout_without_approvals_does_not_expire() {
            Payout cut = rwf("500000");
            assertFalse(cut.expireIfDue(T0.plus(Duration.ofDays(30))));
            assertNull(cut.expiresAt());
        }

        @Test
        void the_validity_is_the_policys() {
            ApprovalPolicy shortLived = ApprovalPolicy.parse("1000000=1, *=2", Duration.ofHours(1));
            Payout cut = rwf("1500000");
            cut.approve("approver1", shortLived, T0);
            refused(Refusal.EXPIRED, () -> cut.approve("approver2", shortLived, T0.plus(Duration.ofHours(1))));
        }

        @Test
        void a_sent_payout_never_expires() {
            Payout cut = rwf("500000");
            cut.approve("approver1", POLICY, T0);
            cut.startSubmission(wallet, COOLING_OFF, T0);
            assertFalse(cut.expireIfDue(T0.plus(Duration.ofDays(10))));
            assertEquals(PayoutStatus.SUBMITTING, cut.status());
        }
    }

    @Nested
    class Cancelling {

        @Test
        void the_maker_may_cancel_until_the_payout_is_sent() {
            Payout waiting = rwf("500000");
            waiting.cancel("maker", T0);
            assertEquals(PayoutStatus.CANCELLED, waiting.status());
            Payout approved = rwf("500000");
            approved.approve("approver1", POLICY, T0);
            approved.cancel("maker", T0);
            assertEquals(PayoutStatus.CANCELLED, approved.status());
            refused(Refusal.WRONG_STATE, () -> approved.startSubmission(wallet, COOLING_OFF, T0));
        }

        @Test
        void nobody_else_cancels_and_nobody_cancels_after_sending() {
            Payout cut = rwf("500000");
            assertEquals("Only maker, who made this payout, may cancel it.",
                    refused(Refusal.NOT_THE_MAKER, () -> cut.cancel("approver1", T0)).getMessage());
            cut.approve("approver1", POLICY, T0);
            cut.startSubmission(wallet, COOLING_OFF, T0);
            assertEquals("Payout " + cut.reference() + " is submitting and can no longer be cancelled.",
                    refused(Refusal.WRONG_STATE, () -> cut.cancel("maker", T0)).getMessage());
        }
    }

    @Nested
    class Submission {

        private Payout submitting() {
            Payout cut = rwf("500000");
            cut.approve("approver1", POLICY, T0);
            cut.startSubmission(wallet, COOLING_OFF, T0.plusSeconds(1));
            return cut;
        }

        @Test
        void only_an_approved_payout_is_sent() {
            Payout cut = rwf("500000");
            refused(Refusal.WRONG_STATE, () -> cut.startSubmission(wallet, COOLING_OFF, T0));
            assertEquals(PayoutStatus.SUBMITTING, submitting().status());
            Payout sent = submitting();
            refused(Refusal.WRONG_STATE, () -> sent.startSubmission(wallet, COOLING_OFF, T0));
        }

        @Test
        void new_from_the_gateway_then_the_webhook_completes_it() {
            Payout cut = submitting();
            assertTrue(cut.advance(PayoutStatus.SUBMITTED, null, "Transfer created", T0));
            cut.noteGatewayDetails("trf_7nyftY7EzWWgv7", new BigDecimal("500"));
            assertTrue(cut.advance(PayoutStatus.COMPLETED, null, null, T0));
            assertEquals(PayoutStatus.COMPLETED, cut.status());
            assertEquals("trf_7nyftY7EzWWgv7", cut.gatewayTransactionId());
        }

        @Test
        void a_late_or_repeated_answer_never_moves_it_back() {
            Payout cut = submitting();
            cut.advance(PayoutStatus.SUBMITTED, null, null, T0);
            cut.advance(PayoutStatus.COMPLETED, null, "paid", T0);
            assertFalse(cut.advance(PayoutStatus.SUBMITTED, null, "late NEW", T0));
            assertFalse(cut.advance(PayoutStatus.FAILED, "x", "forged failure", T0));
            assertFalse(cut.advance(PayoutStatus.UNKNOWN, null, "late time-out", T0));
            assertEquals(PayoutStatus.COMPLETED, cut.status());
            assertEquals("paid", cut.gatewayMessage());
        }

        @Test
        void a_time_out_leaves_it_unknown_until_a_status_query_settles_it() {
            Payout cut = submitting();
            assertTrue(cut.advance(PayoutStatus.UNKNOWN, null, "gateway timed out", T0));
            assertTrue(cut.advance(PayoutStatus.SUBMITTED, null, "pending", T0));
            assertTrue(cut.advance(PayoutStatus.FAILED, "blocked_bank", "The bank refused the transfer", T0));
            assertEquals("blocked_bank", cut.gatewayCode());
        }

        @Test
        void the_gateway_cannot_move_a_payout_that_was_never_sent() {
            Payout cut = rwf("500000");
            assertFalse(cut.advance(PayoutStatus.COMPLETED, null, null, T0));
            assertEquals(PayoutStatus.AWAITING_APPROVAL, cut.status());
        }

        @Test
        void people_cannot_use_the_gateways_path_to_approve_or_cancel() {
            Payout cut = rwf("500000");
            assertThrows(IllegalArgumentException.class, () -> cut.advance(PayoutStatus.APPROVED, null, null, T0));
            assertThrows(IllegalArgumentException.class, () -> cut.advance(PayoutStatus.CANCELLED, null, null, T0));
        }
    }
}
