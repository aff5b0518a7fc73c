package rw.paydesk.sandbox.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Set;

/** The currencies the sandbox knows, and the rounding of amounts to each one's minor unit. */
public final class Currencies {

    /** The mobile-money currencies of the coverage table plus the card and FX currencies. */
    public static final Set<String> SUPPORTED =
            Set.of("RWF", "KES", "UGX", "TZS", "GHS", "NGN", "ZAR", "USD", "EUR", "GBP");

    private Currencies() {
    }

    public static boolean isSupported(String code) {
        return code != null && SUPPORTED.contains(code);
    }

    /** RWF and UGX have no minor unit; the others have cents. */
    public static int minorUnit(String code) {
        return Currency.getInstance(code).getDefaultFractionDigits();
    }

    /** Rounds half up to the currency's minor unit, the way a provider shows an amount. */
    public static BigDecimal round(BigDecimal amount, String currency) {
        return amount.setScale(minorUnit(currency), RoundingMode.HALF_UP);
    }

    /** Rounds up to the minor unit: fees never lose the fraction of a unit. */
    public static BigDecimal roundUp(BigDecimal amount, String currency) {
        return amount.setScale(minorUnit(currency), RoundingMode.CEILING);
    }

    /** True when the amount has no more decimals than the currency allows. */
    public static boolean fitsMinorUnit(BigDecimal amount, String currency) {
        return amount.stripTrailingZeros().scale() <= minorUnit(currency);
    }
}
