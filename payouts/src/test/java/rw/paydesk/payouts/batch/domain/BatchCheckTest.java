package rw.paydesk.payouts.batch.domain;

import org.junit.jupiter.api.Test;
import rw.paydesk.core.gateway.Bank;
import rw.paydesk.core.money.Money;
import rw.paydesk.payouts.beneficiary.domain.BeneficiaryType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchCheckTest {

    static final String HEADER = "type,bank_code,account_number,phone,provider,first_name,last_name,email,amount,description";
    static final BatchCheck.Rules RULES = new BatchCheck.Rules(new BigDecimal("100"), new BigDecimal("5000000"),
            List.of(new Bank("access_rwanda", "30", "Access Bank Rwanda"), new Bank("bank_of_kigali", "40", "Bank of Kigali")),
            BatchCheckTest::fee, List.of("successful", "blocked_bank"));

    /** The sandbox's fees: bank 500 flat, mobile 1 % with a minimum of 100. */
    static BigDecimal fee(BeneficiaryType type, BigDecimal amount) {
        return type == BeneficiaryType.BANK ? new BigDecimal("500")
                : amount.divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).max(new BigDecimal("100"));
    }

    private static BatchCheck check(String... rows) {
        String text = HEADER + "\n" + String.join("\n", rows) + "\n";
        return BatchCheck.of(BatchFile.parse(text.getBytes(StandardCharsets.UTF_8),
                new BatchFile.Limits(1 << 22, 10_000), false), RULES);
    }

    private static String onlyError(BatchCheck check) {
        assertEquals(1, check.errors().size(), check.errors().toString());
        return check.errors().get(0).message();
    }

    @Test
    void good_rows_pass_with_their_payee_amount_and_expected_fee() {
        BatchCheck check = check("mobile,,,0788 123 456,,Jean,Mugisha,,15000,Salary May",
                "bank,ACCESS_RWANDA,1002-0030-0400,,,Grace,Uwase,grace@example.rw,\"250,000\",Invoice 7");
        assertFalse(check.hasErrors(), check.errors().toString());
        BatchLine mobile = check.lines().get(0);
        assertEquals("MTN", mobile.provider(), "detected from 078");
        assertEquals("788123456", mobile.phone().national());
        assertEquals(new BigDecimal("150"), mobile.expectedFee());
        BatchLine bank = check.lines().get(1);
        assertEquals("access_rwanda", bank.bankCode());
        assertEquals("Access Bank Rwanda", bank.bankName());
        assertEquals("100200300400", bank.accountNumber());
        assertEquals(0, new BigDecimal("250000").compareTo(bank.amount()));
        BatchSummary summary = BatchSummary.of(check.lines());
        assertEquals(Money.of("265000", "RWF"), summary.total());
        assertEquals(Money.of("650", "RWF"), summary.fees());
        assertEquals(Money.of("265650", "RWF"), summary.debit());
    }

    @Test
    void a_description_left_empty_gets_the_default() {
        assertEquals(BatchCheck.DEFAULT_DESCRIPTION, check("mobile,,,0788123456,,Jean,Mugisha,,100,").lines().get(0).description());
    }

    @Test
    void the_type_must_be_bank_or_mobile() {
        assertTrue(onlyError(check("card,,,0788123456,,Jean,Mugisha,,100,x")).contains("neither bank nor mobile"));
        assertTrue(onlyError(check(",,,0788123456,,Jean,Mugisha,,100,x")).contains("type is empty"));
    }

    @Test
    void a_phone_with_a_prefix_no_rwandan_operator_has_is_refused() {
        String why = onlyError(check("mobile,,,0768123456,,Jean,Mugisha,,100,x"));
        assertTrue(why.contains("078 or 079 (MTN) or 072 or 073 (Airtel)"), why);
    }

    @Test
    void the_provider_must_be_the_numbers_operator() {
        assertTrue(onlyError(check("mobile,,,0788123456,Airtel,Jean,Mugisha,,100,x")).contains("is an MTN number, not Airtel"));
        assertEquals("Airtel", check("mobile,,,0731234567,airtel,Jean,Mugisha,,100,x").lines().get(0).provider());
        assertTrue(onlyError(check("mobile,,,0788123456,Mpesa,Jean,Mugisha,,100,x")).contains("does not pay out in Rwanda"));
    }

    @Test
    void a_mobile_row_needs_a_phone_and_no_bank_details() {
        assertTrue(onlyError(check("mobile,,,,,Jean,Mugisha,,100,x")).contains("phone is required"));
        assertTrue(onlyError(check("mobile,access_rwanda,,0788123456,,Jean,Mugisha,,100,x")).contains("for bank rows"));
    }

    @Test
    void a_bank_row_needs_a_known_bank_an_account_number_and_an_email() {
        assertTrue(onlyError(check("bank,acces_rwanda,100200300400,,,Grace,Uwase,g@example.rw,100,x"))
                .contains("'acces_rwanda' is not a bank the gateway pays out to"));
        assertTrue(onlyError(check("bank,,100200300400,,,Grace,Uwase,g@example.rw,100,x")).contains("bank_code is required"));
        assertTrue(onlyError(check("bank,access_rwanda,12AB5678,,,Grace,Uwase,g@example.rw,100,x"))
                .contains("5 to 34 digits"));
        assertTrue(onlyError(check("bank,access_rwanda,,,,Grace,Uwase,g@example.rw,100,x")).contains("account_number is required"));
        assertTrue(onlyError(check("bank,access_rwanda,100200300400,,,Grace,Uwase,,100,x")).contains("email is required"));
        assertTrue(onlyError(check("bank,access_rwanda,100200300400,,,Grace,Uwase,grace-at-example,100,x"))
                .contains("not an email address"));
        assertTrue(onlyError(check("bank,access_rwanda,100200300400,0788123456,,Grace,Uwase,g@example.rw,100,x"))
                .contains("for mobile rows"));
    }

    @Test
    void names_follow_the_gateways_rules() {
        assertTrue(onlyError(check("mobile,,,0788123456,,,Mugisha,,100,x")).contains("first_name is required"));
        assertTrue(onlyError(check("mobile,,,0788123456,,J,Mugisha,,100,x")).contains("2 to 50 letters"));
        assertTrue(onlyError(check("mobile,,,0788123456,,Jean,Mug1sha,,100,x")).contains("last_name 'Mug1sha'"));
        assertFalse(check("mobile,,,0788123456,,Jérôme,O'Neil-Habimana,,100,x").hasErrors());
    }

    @Test
    void amounts_are_whole_francs_within_the_gateways_limits() {
        assertTrue(onlyError(check("mobile,,,0788123456,,Jean,Mugisha,,100.50,x")).contains("whole number"));
        assertTrue(onlyError(check("mobile,,,0788123456,,Jean,Mugisha,,,x")).contains("amount is required"));
        assertTrue(onlyError(check("mobile,,,0788123456,,Jean,Mugisha,,-5,x")).contains("whole number"));
        assertTrue(onlyError(check("mobile,,,0788123456,,Jean,Mugisha,,99,x"))
                .contains("outside the gateway's limits for one payout: RWF 100 to RWF 5,000,000"));
        assertTrue(onlyError(check("mobile,,,0788123456,,Jean,Mugisha,,5000001,x")).contains("outside"));
        assertFalse(check("mobile,,,0788123456,,Jean,Mugisha,,5000000.00,x").hasErrors());
    }

    @Test
    void a_row_with_a_missing_field_says_so() {
        assertTrue(onlyError(check("mobile,,,0788123456,,Jean,Mugisha,,100")).contains("has 9 fields but the header has 10"));
    }

    @Test
    void every_problem_of_a_row_is_reported_on_its_line() {
        BatchCheck check = check("mobile,,,0788123456,,Jean,Mugisha,,100,x", "mobile,,,0768123456,,J,Mugisha,,1.5,x");
        RowError error = onlyErrorOf(check);
        assertEquals(3, error.line());
        assertEquals(3, error.problems().size(), error.problems().toString());
        assertEquals(2, check.rowCount());
    }

    private static RowError onlyErrorOf(BatchCheck check) {
        assertEquals(1, check.errors().size());
        return check.errors().get(0);
    }

    @Test
    void the_same_payee_and_amount_twice_in_a_file_is_a_duplicate() {
        BatchCheck check = check("mobile,,,0788123456,,Jean,Mugisha,,15000,May", "mobile,,,0722123456,,Aline,Uwera,,15000,May",
                "mobile,,,+250 788 123 456,,Jean,Mugisha,,15000,May again");
        RowError error = onlyErrorOf(check);
        assertEquals(4, error.line());
        assertTrue(error.message().contains("Same payee and amount as line 2"), error.message());
        assertFalse(check("mobile,,,0788123456,,Jean,Mugisha,,15000,May", "mobile,,,0788123456,,Jean,Mugisha,,16000,x")
                .hasErrors(), "another amount to the same payee is not a duplicate");
    }

    @Test
    void the_same_payee_and_amount_in_the_recent_past_is_a_duplicate() {
        BatchCheck check = check("mobile,,,0788123456,,Jean,Mugisha,,15000,May", "mobile,,,0722123456,,Aline,Uwera,,15000,May");
        assertEquals(Set.of("MOBILE:788123456", "MOBILE:722123456"), check.payeeKeys());
        check.againstHistory(Map.of("MOBILE:788123456|15000", "payout PDPABC of 20 Nov 2026"), Set.of());
        RowError error = onlyErrorOf(check);
        assertEquals(2, error.line());
        assertTrue(error.message().contains("payout PDPABC of 20 Nov 2026"), error.message());
        assertEquals(1, check.lines().size());
    }

    @Test
    void payees_that_are_not_approved_beneficiaries_are_flagged_new() {
        BatchCheck check = check("mobile,,,0788123456,,Jean,Mugisha,,15000,May",
                "bank,access_rwanda,100200300400,,,Grace,Uwase,g@example.rw,20000,x")
                .againstHistory(Map.of(), Set.of("BANK:access_rwanda:100200300400"));
        assertTrue(check.lines().get(0).newPayee());
        assertFalse(check.lines().get(1).newPayee());
        assertEquals(1, BatchSummary.of(check.lines()).newPayees());
    }

    @Test
    void a_simulation_must_be_one_the_sandbox_knows() {
        String text = "type,phone,first_name,last_name,amount,simulation\nmobile,0788123456,Jean,Mugisha,100,explode\n";
        BatchCheck check = BatchCheck.of(BatchFile.parse(text.getBytes(StandardCharsets.UTF_8),
                new BatchFile.Limits(1 << 20, 10), true), RULES);
        assertTrue(onlyError(check).contains("simulation 'explode'"));
    }
}
