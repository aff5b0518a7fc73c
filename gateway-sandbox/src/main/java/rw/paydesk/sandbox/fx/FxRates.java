package rw.paydesk.sandbox.fx;

import rw.paydesk.sandbox.money.Currencies;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Fixed sandbox rates, as units of each currency per US dollar (USD→NGN 725 as in the docs'
 * sandbox example). A cross rate is quoted with 6 significant digits; the converted amount is
 * {@code amount × rate} rounded half up to the destination currency's minor unit.
 */
public final class FxRates {

    private static final Map<String, BigDecimal> PER_USD = Map.of(
            "USD", BigDecimal.ONE,
            "NGN", new BigDecimal("725"),
            "RWF", new BigDecimal("1450"),
            "KES", new BigDecimal("129"),
            "UGX", new BigDecimal("3700"),
            "TZS", new BigDecimal("2600"),
            "GHS", new BigDecimal("12.5"),
            "ZAR", new BigDecimal("18.2"),
            "EUR", new BigDecimal("0.92"),
            "GBP", new BigDecimal("0.79"));

    private FxRates() {
    }

    public static boolean supports(String currency) {
        return PER_USD.containsKey(currency);
    }

    public static BigDecimal rate(String source, String destination) {
        if (source.equals(destination)) {
            return BigDecimal.ONE;
        }
        BigDecimal rate = PER_USD.get(destination).divide(PER_USD.get(source), new MathContext(6, RoundingMode.HALF_UP));
        BigDecimal stripped = rate.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public static BigDecimal convert(BigDecimal amount, String source, String destination) {
        return Currencies.round(amount.multiply(rate(source, destination)), destination);
    }
}
