package rw.paydesk.core.fx.domain;

import org.junit.jupiter.api.Test;
import rw.paydesk.core.money.Money;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteRequestTest {

    private static Map<String, String> errors(String amount, String from, String to) {
        return assertThrows(QuoteInputException.class, () -> QuoteRequest.parse(amount, from, to)).fieldErrors();
    }

    @Test
    void an_amount_in_one_supported_currency_into_another() {
        QuoteRequest request = QuoteRequest.parse(" 1,250.50 ", "usd", "RWF");
        assertEquals(Money.of("1250.50", "USD"), request.amount());
        assertEquals("RWF", request.destination().getCurrencyCode());
    }

    @Test
    void the_same_currency_twice_is_refused_on_the_target() {
        assertTrue(errors("100", "RWF", "RWF").get("to").contains("other than RWF"));
    }

    @Test
    void a_currency_paydesk_does_not_quote_is_refused_naming_the_ones_it_does() {
        Map<String, String> errors = errors("100", "XAF", "RWF");
        assertTrue(errors.get("from").startsWith("PayDesk does not quote XAF"), errors.toString());
        assertTrue(errors.get("from").contains("RWF, USD"), errors.toString());
        assertTrue(errors("100", "USD", "").get("to").contains("Choose a currency"));
    }

    @Test
    void amounts_must_be_digits_above_zero_at_the_currency_s_decimals() {
        assertTrue(errors("", "USD", "RWF").get("amount").contains("Enter the amount"));
        assertTrue(errors("ten", "USD", "RWF").get("amount").contains("in digits"));
        assertTrue(errors("0", "USD", "RWF").get("amount").contains("above zero"));
        assertTrue(errors("-5", "USD", "RWF").get("amount").contains("above zero"));
        assertTrue(errors("10.5", "RWF", "USD").get("amount").contains("RWF has no decimals"));
        assertTrue(errors("10.555", "USD", "RWF").get("amount").contains("USD has 2 decimals"));
        assertTrue(errors("1e20", "USD", "RWF").get("amount").contains("up to"));
    }

    @Test
    void every_problem_is_reported_at_once() {
        assertEquals(java.util.Set.of("amount", "to"), errors("abc", "USD", "USD").keySet());
    }

    @Test
    void the_currencies_start_with_francs_and_dollars_and_include_the_mobile_money_countries() {
        assertEquals("RWF", QuoteRequest.CURRENCIES.get(0));
        assertEquals("USD", QuoteRequest.CURRENCIES.get(1));
        assertTrue(QuoteRequest.CURRENCIES.containsAll(java.util.List.of("KES", "UGX", "TZS", "GHS", "NGN", "ZAR")));
    }
}
