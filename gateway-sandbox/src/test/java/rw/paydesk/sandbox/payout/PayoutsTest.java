package rw.paydesk.sandbox.payout;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;
import rw.paydesk.sandbox.api.ApiException;
import rw.paydesk.sandbox.fx.FxRates;
import rw.paydesk.sandbox.ledger.Txn;
import rw.paydesk.sandbox.ledger.TxnStatus;

import java.math.BigDecimal;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Payouts from a wallet in another currency: what is accepted, at which rate, and what is reported. */
class PayoutsTest {

    private final Payouts cut = new Payouts();

    PayoutsTest() {
        cut.minAmount = new BigDecimal("100");
        cut.maxAmount = new BigDecimal("5000000");
    }

    /** The docs' "Bank Payout Example" with the given currencies and amount. */
    private static JsonObjectBuilder bankPayout(String source, String destination, String amount, String rateId) {
        JsonObjectBuilder payInfo = Json.createObjectBuilder()
                .add("api_code", "PAYOUT_BANK")
                .add("amount", new BigDecimal(amount))
                .add("source_currency", source)
                .add("destination_currency", destination)
                .add("callback_url", "https://your-domain.com/webhook")
                .add("description", "Vendor payout")
                .add("reference", "REF87287328787");
        if (rateId != null) {
            payInfo.add("rate_id", rateId);
        }
        return Json.createObjectBuilder()
                .add("pay_info", payInfo)
                .add("to", Json.createObjectBuilder().add("bank", Json.createObjectBuilder()
                        .add("account_number", "18287377638728")
                        .add("bank_code_name", "access_rwanda")
                        .add("first_name", "Client first name")
                        .add("last_name", "Client last name")))
                .add("type", "bank")
                .add("action", "instant");
    }

    /** The docs' "Mobile Money Payout Example" from a wallet in the given currency. */
    private static JsonObjectBuilder mobilePayout(String source, String amount) {
        JsonObject bank = bankPayout(source, "RWF", amount, null).build();
        return Json.createObjectBuilder(bank)
                .add("pay_info", Json.createObjectBuilder(bank.getJsonObject("pay_info")).add("api_code", "PAYOUT_MOBILE_MONEY"))
                .add("to", Json.createObjectBuilder().add("mobile_money", Json.createObjectBuilder()
                        .add("phone_number", "250788123456")
                        .add("provider", "MTN")
                        .add("country", "RW")
                        .add("first_name", "Client first name")
                        .add("last_name", "Client last name")))
                .add("type", "mobile_money");
    }

    private JsonObject errors(JsonObjectBuilder body) {
        ApiException refused = assertThrows(ApiException.class, () -> cut.validate(body.build()));
        assertEquals(400, refused.httpStatus());
        assertEquals("error", refused.body().getString("status"));
        assertEquals("10400", refused.body().getString("code"));
        return refused.body().getJsonObject("errors");
    }

    @Test
    void aUsdWalletPaysRwfAtTheCurrentRateWithoutARateId() {
        Payouts.Request r = cut.validate(bankPayout("USD", "RWF", "100.50", null).build());
        assertEquals("USD", r.currency(), "the wallet debited");
        assertEquals(new BigDecimal("100.50"), r.amount());
        assertEquals(new Conversion("RWF", new BigDecimal("1450"), new BigDecimal("145725")), r.conversion());
    }

    @Test
    void aRateIdMustBeTheOneTheFxApiIssuesForThePair() {
        assertEquals("RWF", cut.validate(bankPayout("USD", "RWF", "100", "sim_USD_RWF").build()).conversion().currency());
        assertTrue(errors(bankPayout("USD", "RWF", "100", "sim_RWF_USD")).containsKey("rate_id"), "the reverse pair");
        assertTrue(errors(bankPayout("USD", "RWF", "100", "sim_EUR_RWF")).containsKey("rate_id"), "another pair");
        assertTrue(errors(bankPayout("USD", "RWF", "100", "rex_JtA0MDnO0ITr")).containsKey("rate_id"), "a live rate id");
    }

    @Test
    void aRateIdIsIgnoredWhenNothingIsConverted() {
        Payouts.Request r = cut.validate(bankPayout("RWF", "RWF", "1000", "anything").build());
        assertEquals(new Conversion("RWF", BigDecimal.ONE, new BigDecimal("1000")), r.conversion());
    }

    @Test
    void theBeneficiaryIsStillPaidInRwf() {
        JsonObject errors = errors(bankPayout("RWF", "USD", "1000", null));
        assertTrue(errors.getString("destination_currency").startsWith("must be RWF"), errors.toString());
        assertFalse(errors.containsKey("source_currency"));
    }

    @Test
    void theRwfLimitsApplyToTheRwfValueOfTheAmount() {
        // 3500 USD = 5,075,000 RWF, above the 5,000,000 RWF maximum although 3500 is a small number.
        assertTrue(errors(bankPayout("USD", "RWF", "3500", null)).getString("amount").contains("5075000 RWF"));
        // 200 UGX = 78 RWF, below the 100 RWF minimum although 200 is above 100.
        assertTrue(errors(bankPayout("UGX", "RWF", "200", null)).getString("amount").startsWith("is below"));
        // 0.07 USD = 101.5 RWF, rounded to 102: enough.
        assertEquals(new BigDecimal("102"), cut.validate(bankPayout("USD", "RWF", "0.07", null).build()).conversion().amount());
    }

    @Test
    void theAmountHasTheDecimalsOfTheSourceCurrency() {
        assertTrue(errors(bankPayout("USD", "RWF", "10.555", null)).getString("amount").contains("USD"));
        assertTrue(errors(bankPayout("RWF", "RWF", "1000.5", null)).getString("amount").contains("RWF"));
    }

    @Test
    void theAcknowledgementAndWebhookReportTheDebitAndWhatTheBeneficiaryReceives() {
        Conversion conversion = Conversion.of(new BigDecimal("100"), "USD", "RWF");
        Txn payout = payout("USD", "100", "0.34", conversion.addTo(details()).toString());

        JsonObject ack = Payouts.acknowledgement(payout);
        assertEquals("USD", ack.getString("currency"));
        assertEquals(new BigDecimal("100"), ack.getJsonNumber("amount").bigDecimalValue());
        assertEquals(new BigDecimal("0.34"), ack.getJsonNumber("fee").bigDecimalValue());
        assertEquals(145000, ack.getInt("destination_amount"));
        assertEquals("RWF", ack.getString("destination_currency"));

        JsonObject hook = Payouts.webhook(payout);
        assertEquals(1450, hook.getInt("rate_used"));
        assertEquals(145000, hook.getInt("destination_amount"));
        assertEquals("RWF", hook.getString("destination_currency"));
        assertEquals(new BigDecimal("100.34"), hook.getJsonNumber("actual_debit_amount").bigDecimalValue());
        assertEquals(new BigDecimal("100"), hook.getJsonNumber("net_amount").bigDecimalValue());
    }

    @Test
    void anAmendedAmountIsConvertedAtTheRateThePayoutWasAcceptedAt() {
        Conversion accepted = new Conversion("RWF", new BigDecimal("1450"), new BigDecimal("145000"));
        Conversion amended = accepted.forAmount(new BigDecimal("100.01"));
        assertEquals(new BigDecimal("1450"), amended.rate());
        assertEquals(new BigDecimal("145015"), amended.amount(), "145014.5 rounded half up to whole francs");
        assertEquals(FxRates.convert(new BigDecimal("100.01"), "USD", "RWF"), amended.amount(), "as the FX API rounds");
    }

    @Test
    void aPayoutStoredBeforeConversionsWereKeptWentFromRwfToRwf() {
        JsonObject hook = Payouts.webhook(payout("RWF", "50000", "500", details().toString()));
        assertEquals(1, hook.getInt("rate_used"));
        assertEquals(50000, hook.getInt("destination_amount"));
        assertEquals("RWF", hook.getString("destination_currency"));
    }

    @Test
    void feesAreTheRwfFeesConvertedToTheSourceCurrencyAsTheFxApiConverts() {
        BigDecimal bank = Payouts.fee(cut.validate(bankPayout("USD", "RWF", "100", null).build()));
        assertEquals(new BigDecimal("0.34"), bank, "500 RWF");
        assertEquals(FxRates.convert(new BigDecimal("500"), "RWF", "USD"), bank);
        assertEquals(new BigDecimal("500"), Payouts.fee(cut.validate(bankPayout("RWF", "RWF", "1000", null).build())));
        BigDecimal mobile = Payouts.fee(cut.validate(mobilePayout("USD", "5").build()));
        assertEquals(FxRates.convert(new BigDecimal("100"), "RWF", "USD"), mobile, "at least 100 RWF");
        assertEquals(new BigDecimal("2.01"), Payouts.fee(cut.validate(mobilePayout("USD", "200.01").build())), "1 % rounded up");
    }

    private static JsonObject details() {
        return Json.createObjectBuilder()
                .add("beneficiary", Json.createObjectBuilder()
                        .add("type", "bank")
                        .add("account_number", "18287377638728")
                        .add("bank_code_name", "access_rwanda")
                        .add("bank_code", "30")
                        .add("branch", " ")
                        .add("name", "Client first name Client last name")
                        .add("email", ""))
                .add("description", "Vendor payout")
                .add("metadata", JsonObject.EMPTY_JSON_OBJECT)
                .build();
    }

    private static Txn payout(String currency, String amount, String fee, String details) {
        Instant at = Instant.parse("2026-01-07T12:45:00Z");
        return new Txn(97, "ACC-2322-0001", Txn.DISBURSEMENT, "bank", "trf_7nyftY7EzWWgv7", "REF87287328787",
                "DGSPAYOUT176588029657501", currency, new BigDecimal(amount), new BigDecimal(fee), TxnStatus.SUCCESSFUL,
                "NEW", "successful", null, null, "access_rwanda", "https://your-domain.com/webhook", details, null, null,
                false, null, at, at);
    }
}
