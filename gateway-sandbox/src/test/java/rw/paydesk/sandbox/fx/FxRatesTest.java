package rw.paydesk.sandbox.fx;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FxRatesTest {

    @Test
    void reproducesTheDocsSandboxExample() {
        assertEquals(new BigDecimal("725"), FxRates.rate("USD", "NGN"));
        assertEquals(new BigDecimal("217500.00"), FxRates.convert(new BigDecimal("300"), "USD", "NGN"));
    }

    @Test
    void roundsToTheDestinationMinorUnit() {
        // 1 RWF = 725/1450 = 0.5 NGN; 1 USD = 1450 RWF.
        assertEquals(new BigDecimal("0.5"), FxRates.rate("RWF", "NGN"));
        assertEquals(new BigDecimal("145"), FxRates.convert(new BigDecimal("0.1"), "USD", "RWF"));
        // 333 RWF -> USD at 0.000689655: 0.229655… rounds half up to 0.23 (USD has cents).
        assertEquals(new BigDecimal("0.000689655"), FxRates.rate("RWF", "USD"));
        assertEquals(new BigDecimal("0.23"), FxRates.convert(new BigDecimal("333"), "RWF", "USD"));
        // UGX has no minor unit: 1.5 USD = 5550 UGX exactly; 0.0001 USD = 0.37 UGX rounds to 0.
        assertEquals(new BigDecimal("5550"), FxRates.convert(new BigDecimal("1.5"), "USD", "UGX"));
        assertEquals(new BigDecimal("0"), FxRates.convert(new BigDecimal("0.0001"), "USD", "UGX"));
    }

    @Test
    void theSameCurrencyConvertsAtOne() {
        assertEquals(BigDecimal.ONE, FxRates.rate("RWF", "RWF"));
        assertEquals(new BigDecimal("1000"), FxRates.convert(new BigDecimal("1000"), "RWF", "RWF"));
    }
}
