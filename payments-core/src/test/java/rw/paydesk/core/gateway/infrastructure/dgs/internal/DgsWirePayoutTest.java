package rw.paydesk.core.gateway.infrastructure.dgs.internal;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import rw.paydesk.core.gateway.Bank;
import rw.paydesk.core.gateway.FxQuote;
import rw.paydesk.core.gateway.GatewayPayout;
import rw.paydesk.core.gateway.Payee;
import rw.paydesk.core.gateway.PayoutInstruction;
import rw.paydesk.core.money.Money;
import rw.paydesk.core.party.Country;
import rw.paydesk.core.party.PhoneNumber;
import rw.paydesk.core.party.Reference;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The payout, FX and bank-list wire formats against the examples of the DGS-Pay docs. */
class DgsWirePayoutTest {

    private static final Currency RWF = Currency.getInstance("RWF");

    @Test
    void a_bank_payout_is_sent_as_in_the_docs_example() {
        JsonObject body = DgsWire.payout(new PayoutInstruction(new Reference("REF87287328787"), Money.of("1000", "RWF"), RWF,
                null, "Vendor payout", Payee.bank("access_rwanda", "18287377638728", "Client", "Name", "client@example.rw"),
                "https://your-domain.com/webhook", "successful"));
        JsonObject payInfo = body.getJsonObject("pay_info");
        assertEquals("PAYOUT_BANK", payInfo.getString("api_code"));
        assertEquals(0, new BigDecimal("1000").compareTo(payInfo.getJsonNumber("amount").bigDecimalValue()));
        assertEquals("RWF", payInfo.getString("source_currency"));
        assertEquals("RWF", payInfo.getString("destination_currency"));
        assertEquals("REF87287328787", payInfo.getString("reference"));
        assertFalse(payInfo.containsKey("rate_id"), "no quote for one currency");
        JsonObject bank = body.getJsonObject("to").getJsonObject("bank");
        assertEquals("18287377638728", bank.getString("account_number"));
        assertEquals("access_rwanda", bank.getString("bank_code_name"));
        assertEquals("Client", bank.getString("first_name"));
        assertEquals("bank", body.getString("type"));
        assertEquals("instant", body.getString("action"));
        assertEquals("successful", body.getJsonObject("simulation").getString("context"));
    }

    @Test
    void a_mobile_payout_names_the_wallet_with_the_country_code_as_the_docs_do() {
        JsonObject body = DgsWire.payout(new PayoutInstruction(new Reference("REF87287328788"), Money.of("50", "USD"), RWF,
                "sim_USD_RWF", "Vendor mobile money payout",
                Payee.mobile(PhoneNumber.parse(Country.RW, "0788 123 456"), "MTN", "Client", "Name", null),
                "https://your-domain.com/webhook", null));
        JsonObject wallet = body.getJsonObject("to").getJsonObject("mobile_money");
        assertEquals("250788123456", wallet.getString("phone_number"));
        assertEquals("MTN", wallet.getString("provider"));
        assertEquals("RW", wallet.getString("country"));
        assertEquals("PAYOUT_MOBILE_MONEY", body.getJsonObject("pay_info").getString("api_code"));
        assertEquals("USD", body.getJsonObject("pay_info").getString("source_currency"));
        assertEquals("sim_USD_RWF", body.getJsonObject("pay_info").getString("rate_id"));
        assertFalse(body.containsKey("simulation"), "no simulation unless asked for");
    }

    @Test
    void the_acknowledgement_of_the_docs_is_read() {
        GatewayPayout answer = DgsWire.payoutAnswer(json("""
                {"status": "NEW", "message": "Transfer created", "code": null, "transfer_id": "trf_7nyftY7EzWWgv7",
                 "transaction_id": 97, "tx_ref": "DGSPAYOUT176588029657501", "payout_type": "bank", "amount": 1000,
                 "currency": "RWF", "fee": 500, "created_at": "2025-12-16T10:18:16.788Z"}"""));
        assertEquals("NEW", answer.status());
        assertNull(answer.code());
        assertEquals("97", answer.transactionId());
        assertEquals("trf_7nyftY7EzWWgv7", answer.transferId());
        assertEquals(0, new BigDecimal("500").compareTo(answer.fee()));
    }

    @Test
    void the_sandbox_fx_example_of_the_docs_is_read() {
        FxQuote quote = DgsWire.fxQuote(json("""
                {"status": "success", "message": "Sandbox FX rate retrieved successfully", "rate_id": "sim_USD_NGN",
                 "rate": 725, "source": {"currency": "USD", "amount": 300},
                 "destination": {"currency": "NGN", "amount": 217500},
                 "created_at": "2026-01-07T12:45:00+00:00", "sandbox": true}"""));
        assertEquals("sim_USD_NGN", quote.rateId());
        assertEquals(0, new BigDecimal("725").compareTo(quote.rate()));
        assertEquals(Money.of("300.00", "USD"), quote.source());
        assertEquals(Money.of("217500.00", "NGN"), quote.destination());
        assertEquals(Instant.parse("2026-01-07T12:45:00Z"), quote.quotedAt());
    }

    @Test
    void the_bank_list_is_read_by_code_name() {
        List<Bank> banks = DgsWire.banks(json("""
                {"status": "success", "country": "RW", "banks": [
                  {"bank_code_name": "access_rwanda", "bank_code": "30", "name": "Access Bank Rwanda"},
                  {"bank_code": "99"}]}"""));
        assertEquals(List.of(new Bank("access_rwanda", "30", "Access Bank Rwanda")), banks, "entries without a code name are dropped");
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
