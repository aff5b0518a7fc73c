package rw.paydesk.sandbox.money;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MoneyRulesTest {

    @Test
    void theCoverageTableMatchesTheDocs() {
        assertEquals("RWF", Coverage.byDialingCode("250").orElseThrow().currency());
        assertEquals("ZAR", Coverage.byDialingCode("+27").orElseThrow().currency());
        assertEquals("Mpesa", Coverage.byDialingCode("254").orElseThrow().provider("MPESA").orElseThrow());
        assertEquals("Halopesa", Coverage.TANZANIA.provider("halopesa").orElseThrow());
        assertTrue(Coverage.RWANDA.provider("Glo").isEmpty());
        assertTrue(Coverage.byDialingCode("1").isEmpty());
        assertEquals(Coverage.GHANA, Coverage.byCurrency("GHS").orElseThrow());
        assertEquals("South Africa", Coverage.SOUTH_AFRICA.countryName());
    }

    @Test
    void minorUnitsFollowIso4217() {
        assertEquals(0, Currencies.minorUnit("RWF"));
        assertEquals(0, Currencies.minorUnit("UGX"));
        assertEquals(2, Currencies.minorUnit("KES"));
        assertEquals(new BigDecimal("1001"), Currencies.round(new BigDecimal("1000.5"), "RWF"));
        assertEquals(new BigDecimal("10.01"), Currencies.round(new BigDecimal("10.005"), "USD"));
    }

    @Test
    void feesReproduceTheDocsExamples() {
        assertEquals(new BigDecimal("39"), Fees.mobileMoneyCollection(new BigDecimal("550"), "RWF"));
        assertEquals(new BigDecimal("2.00"), Fees.cardCollection(new BigDecimal("100.00"), "USD"));
        assertEquals(new BigDecimal("500"), Fees.bankPayout("RWF", BigDecimal.ONE));
        assertEquals(new BigDecimal("100"), Fees.mobileMoneyPayout(new BigDecimal("1000"), "RWF", BigDecimal.ONE));
        assertEquals(new BigDecimal("500"), Fees.mobileMoneyPayout(new BigDecimal("50000"), "RWF", BigDecimal.ONE));
        assertEquals(new BigDecimal("90"), Fees.vatOn(new BigDecimal("500"), "RWF"));
    }

    @Test
    void payoutFeesFromAnotherWalletAreTheRwfFeesConverted() {
        // The sandbox's RWF -> USD rate: 1 / 1450 to 6 significant digits.
        BigDecimal usdPerRwf = new BigDecimal("0.000689655");
        // 500 RWF = 0.3448… USD, half up to the cent.
        assertEquals(new BigDecimal("0.34"), Fees.bankPayout("USD", usdPerRwf));
        // The 100 RWF minimum is 0.0689… USD = 0.07; 1 % of 5.00 USD is only 0.05.
        assertEquals(new BigDecimal("0.07"), Fees.mobileMoneyPayout(new BigDecimal("5.00"), "USD", usdPerRwf));
        // 1 % of 100.01 USD = 1.0001, rounded up to 1.01: above the minimum.
        assertEquals(new BigDecimal("1.01"), Fees.mobileMoneyPayout(new BigDecimal("100.01"), "USD", usdPerRwf));
        // UGX has no minor unit: 500 RWF at 2.55172 UGX per RWF = 1275.86 -> 1276.
        assertEquals(new BigDecimal("1276"), Fees.bankPayout("UGX", new BigDecimal("2.55172")));
    }
}
