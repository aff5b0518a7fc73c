package rw.paydesk.core.fx.application;

import org.junit.jupiter.api.Test;
import rw.paydesk.core.fx.domain.QuoteInputException;
import rw.paydesk.core.fx.domain.QuoteRequest;
import rw.paydesk.core.gateway.FxQuote;
import rw.paydesk.core.gateway.GatewayRejectedException;
import rw.paydesk.core.gateway.PaymentGateway;
import rw.paydesk.core.money.Money;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FxQuoteServiceTest {

    private final FxQuoteService cut = new FxQuoteService();

    private static PaymentGateway gateway(java.util.function.BiFunction<Money, Currency, FxQuote> fx) {
        return (PaymentGateway) Proxy.newProxyInstance(PaymentGateway.class.getClassLoader(),
                new Class<?>[] {PaymentGateway.class}, (proxy, method, args) -> {
                    if (method.getName().equals("fxQuote")) {
                        return fx.apply((Money) args[0], (Currency) args[1]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void the_gateway_s_quote_is_handed_on() {
        FxQuote quote = new FxQuote("sim_USD_RWF", new BigDecimal("1450"), Money.of("100", "USD"), Money.of("145000", "RWF"), null);
        cut.gateway = gateway((amount, to) -> quote);
        assertEquals(quote, cut.quote(QuoteRequest.parse("100", "USD", "RWF")));
    }

    @Test
    void a_currency_the_gateway_refuses_is_reported_on_its_field() {
        cut.gateway = gateway((amount, to) -> {
            throw new GatewayRejectedException(400, "10400", "Validation failed",
                    Map.of("destination_currency", "is not a supported currency"));
        });
        Map<String, String> errors = assertThrows(QuoteInputException.class,
                () -> cut.quote(QuoteRequest.parse("100", "USD", "GHS"))).fieldErrors();
        assertEquals("The gateway does not quote into GHS (is not a supported currency).", errors.get("to"));
    }

    @Test
    void a_refusal_without_field_errors_is_reported_for_the_whole_form() {
        cut.gateway = gateway((amount, to) -> {
            throw new GatewayRejectedException(400, "10400", "No rate today", Map.of());
        });
        Map<String, String> errors = assertThrows(QuoteInputException.class,
                () -> cut.quote(QuoteRequest.parse("100", "USD", "KES"))).fieldErrors();
        assertTrue(errors.get("form").contains("No rate today"), errors.toString());
    }
}
