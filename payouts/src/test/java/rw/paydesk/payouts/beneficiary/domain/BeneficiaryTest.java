package rw.paydesk.payouts.beneficiary.domain;

import org.junit.jupiter.api.Test;
import rw.paydesk.core.party.Country;
import rw.paydesk.core.party.PhoneNumber;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BeneficiaryTest {

    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");
    private static final Duration COOLING_OFF = Beneficiary.DEFAULT_COOLING_OFF;
    private static final PhoneNumber MTN = PhoneNumber.parse(Country.RW, "0788 123 456");

    private final Beneficiary cut = Beneficiary.mobile(MTN, "mtn", "Jean", "Uwase", null, "clerk", T0);

    @Test
    void a_new_beneficiary_waits_for_approval_and_cannot_be_paid() {
        assertEquals(BeneficiaryStatus.PENDING_APPROVAL, cut.status());
        BeneficiaryException e = assertThrows(BeneficiaryException.class, () -> cut.checkUsableAt(T0, COOLING_OFF));
        assertEquals("Jean Uwase is waiting for an approver to check the payout details.", e.getMessage());
    }

    @Test
    void the_provider_is_spelled_as_the_gateway_spells_it() {
        assertEquals("MTN", cut.provider());
        assertEquals("MTN Rwanda 0788 123 456, Jean Uwase", cut.payoutDetails());
    }

    @Test
    void whoever_entered_the_details_cannot_approve_them() {
        BeneficiaryException e = assertThrows(BeneficiaryException.class, () -> cut.approve("CLERK", T0));
        assertEquals("You entered these details for Jean Uwase; another approver must check them.", e.getMessage());
        assertEquals(BeneficiaryStatus.PENDING_APPROVAL, cut.status());
    }

    @Test
    void approved_it_can_be_paid_only_after_the_default_24_hours_of_cooling_off() {
        cut.approve("checker", T0);
        assertEquals(Duration.ofHours(24), COOLING_OFF);
        BeneficiaryException e = assertThrows(BeneficiaryException.class,
                () -> cut.checkUsableAt(T0.plus(Duration.ofHours(23)), COOLING_OFF));
        assertEquals("Jean Uwase was approved recently and can receive payouts from 24 Nov 2026 08:00 UTC.", e.getMessage());
        assertFalse(cut.isUsableAt(T0.plus(Duration.ofHours(24)).minusMillis(1), COOLING_OFF));
        assertTrue(cut.isUsableAt(T0.plus(Duration.ofHours(24)), COOLING_OFF));
        cut.checkUsableAt(T0.plus(Duration.ofHours(24)), COOLING_OFF);
    }

    @Test
    void the_cooling_off_period_is_the_callers_choice() {
        cut.approve("checker", T0);
        assertTrue(cut.isUsableAt(T0.plus(Duration.ofHours(1)), Duration.ofHours(1)));
        assertTrue(cut.isUsableAt(T0, Duration.ZERO));
    }

    @Test
    void a_new_phone_number_needs_approval_again_and_restarts_the_cooling_off() {
        cut.approve("checker", T0);
        Instant later = T0.plus(Duration.ofDays(3));
        cut.changeMobileDetails(PhoneNumber.parse(Country.RW, "0722 123 456"), "Airtel", "Jean", "Uwase", null, "checker", later);
        assertEquals(BeneficiaryStatus.PENDING_APPROVAL, cut.status());
        assertNull(cut.approvedBy());
        assertFalse(cut.isUsableAt(later.plus(Duration.ofDays(30)), COOLING_OFF));
        assertThrows(BeneficiaryException.class, () -> cut.approve("checker", later), "who changed it cannot approve it");
        cut.approve("clerk", later);
        assertFalse(cut.isUsableAt(later.plus(Duration.ofHours(23)), COOLING_OFF));
        assertTrue(cut.isUsableAt(later.plus(Duration.ofHours(24)), COOLING_OFF));
    }

    @Test
    void a_new_account_holder_name_needs_approval_again() {
        Beneficiary bank = Beneficiary.bank("access_rwanda", "Access Bank Rwanda", "1828 7377 6387", "Aline", "Mukamana",
                "aline@example.rw", "clerk", T0);
        bank.approve("checker", T0);
        bank.changeBankDetails("access_rwanda", "Access Bank Rwanda", "182873776387", "Aline", "Uwera",
                "aline@example.rw", "clerk", T0);
        assertEquals(BeneficiaryStatus.PENDING_APPROVAL, bank.status());
    }

    @Test
    void a_new_email_alone_keeps_the_approval() {
        cut.approve("checker", T0);
        cut.changeMobileDetails(MTN, "MTN", "Jean", "Uwase", "jean@example.rw", "clerk", T0.plusSeconds(60));
        assertEquals(BeneficiaryStatus.APPROVED, cut.status());
        assertEquals("jean@example.rw", cut.email());
        assertEquals("checker", cut.approvedBy());
    }

    @Test
    void a_number_of_another_operator_is_refused() {
        BeneficiaryException e = assertThrows(BeneficiaryException.class,
                () -> Beneficiary.mobile(MTN, "Airtel", "Jean", "Uwase", null, "clerk", T0));
        assertEquals("0788 123 456 is an MTN number, not Airtel.", e.getMessage());
    }

    @Test
    void a_provider_the_country_does_not_have_is_refused() {
        BeneficiaryException e = assertThrows(BeneficiaryException.class,
                () -> Beneficiary.mobile(MTN, "Mpesa", "Jean", "Uwase", null, "clerk", T0));
        assertEquals("'Mpesa' does not pay out in Rwanda. Choose one of [MTN, Airtel].", e.getMessage());
    }

    @Test
    void a_bank_beneficiary_needs_a_bank_from_the_list_an_account_number_of_digits_and_an_email() {
        assertEquals("Choose the bank from the gateway's list of banks.", assertThrows(BeneficiaryException.class,
                () -> Beneficiary.bank("", "Access", "182873776387", "Aline", "M", "a@example.rw", "clerk", T0)).getMessage());
        assertEquals("An account number has 5 to 34 digits only.", assertThrows(BeneficiaryException.class,
                () -> Beneficiary.bank("access_rwanda", "Access", "ACC-2322", "Aline", "M", "a@example.rw", "clerk", T0)).getMessage());
        assertEquals("The account holder's email is required for a bank payout.", assertThrows(BeneficiaryException.class,
                () -> Beneficiary.bank("access_rwanda", "Access", "182873776387", "Aline", "M", " ", "clerk", T0)).getMessage());
        assertEquals("'aline' is not an email address.", assertThrows(BeneficiaryException.class,
                () -> Beneficiary.bank("access_rwanda", "Access", "182873776387", "Aline", "M", "aline", "clerk", T0)).getMessage());
        assertEquals("The account holder's last name is required (at most 50 characters).", assertThrows(BeneficiaryException.class,
                () -> Beneficiary.bank("access_rwanda", "Access", "182873776387", "Aline", "", "a@example.rw", "clerk", T0)).getMessage());
    }

    @Test
    void a_bank_account_number_is_kept_as_digits() {
        Beneficiary bank = Beneficiary.bank("ACCESS_RWANDA", "Access Bank Rwanda", "1828-7377 6387", "Aline", "Mukamana",
                "aline@example.rw", "clerk", T0);
        assertEquals("182873776387", bank.accountNumber());
        assertEquals("Bank Access Bank Rwanda (access_rwanda) account 182873776387, Aline Mukamana", bank.payoutDetails());
    }

    @Test
    void a_refused_change_leaves_the_approved_details_untouched() {
        cut.approve("checker", T0);
        assertThrows(BeneficiaryException.class, () -> cut.changeMobileDetails(
                PhoneNumber.parse(Country.RW, "0722 123 456"), "Airtel", "Jean", "", null, "clerk", T0));
        assertEquals(BeneficiaryStatus.APPROVED, cut.status());
        assertEquals("MTN Rwanda 0788 123 456, Jean Uwase", cut.payoutDetails());
    }

    @Test
    void a_disabled_beneficiary_cannot_be_paid_changed_or_approved_again() {
        cut.approve("checker", T0);
        cut.disable("checker", T0);
        assertEquals("Jean Uwase is disabled.", assertThrows(BeneficiaryException.class,
                () -> cut.checkUsableAt(T0.plus(Duration.ofDays(9)), COOLING_OFF)).getMessage());
        assertThrows(BeneficiaryException.class,
                () -> cut.changeMobileDetails(MTN, "MTN", "Jean", "Uwase", null, "clerk", T0));
        assertThrows(BeneficiaryException.class, () -> cut.approve("other", T0));
        assertThrows(BeneficiaryException.class, () -> cut.disable("checker", T0));
    }

    @Test
    void approving_twice_is_refused() {
        cut.approve("checker", T0);
        assertEquals("Jean Uwase is already approved.",
                assertThrows(BeneficiaryException.class, () -> cut.approve("other", T0)).getMessage());
    }

    @Test
    void a_bank_beneficiary_cannot_take_wallet_details() {
        Beneficiary bank = Beneficiary.bank("access_rwanda", "Access Bank Rwanda", "182873776387", "Aline", "Mukamana",
                "aline@example.rw", "clerk", T0);
        assertThrows(BeneficiaryException.class,
                () -> bank.changeMobileDetails(MTN, "MTN", "Aline", "Mukamana", null, "clerk", T0));
    }
}
