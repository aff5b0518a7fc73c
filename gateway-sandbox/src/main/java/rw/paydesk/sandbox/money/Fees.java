package rw.paydesk.sandbox.money;

import java.math.BigDecimal;

/**
 * The sandbox's fee schedule. The docs publish no fee rules; these reproduce their examples:
 * 39 on a 550 RWF mobile-money charge (7 %, rounded up), 2.00 on a 100.00 card charge (2 %),
 * 500 RWF on a bank payout. Collection fees are paid by the customer on top of the amount;
 * payout fees are debited from the wallet on top of the amount, in the wallet's currency: the
 * RWF parts of a payout fee are converted at the given rate and rounded as a conversion is.
 */
public final class Fees {

    private static final BigDecimal MOBILE_MONEY_RATE = new BigDecimal("0.07");
    private static final BigDecimal CARD_RATE = new BigDecimal("0.02");
    private static final BigDecimal BANK_PAYOUT_FLAT_RWF = new BigDecimal("500");
    private static final BigDecimal MOBILE_PAYOUT_RATE = new BigDecimal("0.01");
    private static final BigDecimal MOBILE_PAYOUT_MIN_RWF = new BigDecimal("100");
    /** Rwandan VAT on the service fee. */
    private static final BigDecimal VAT_RATE = new BigDecimal("0.18");

    private Fees() {
    }

    public static BigDecimal mobileMoneyCollection(BigDecimal amount, String currency) {
        return Currencies.roundUp(amount.multiply(MOBILE_MONEY_RATE), currency);
    }

    public static BigDecimal cardCollection(BigDecimal amount, String currency) {
        return Currencies.roundUp(amount.multiply(CARD_RATE), currency);
    }

    /**
     * 500 RWF in the debited currency.
     *
     * @param rwfRate units of {@code currency} per RWF (1 for RWF), as the FX table quotes it
     */
    public static BigDecimal bankPayout(String currency, BigDecimal rwfRate) {
        return fromRwf(BANK_PAYOUT_FLAT_RWF, currency, rwfRate);
    }

    /** 1 % of the amount rounded up, at least 100 RWF in the debited currency (see {@link #bankPayout}). */
    public static BigDecimal mobileMoneyPayout(BigDecimal amount, String currency, BigDecimal rwfRate) {
        return Currencies.roundUp(amount.multiply(MOBILE_PAYOUT_RATE), currency).max(fromRwf(MOBILE_PAYOUT_MIN_RWF, currency, rwfRate));
    }

    /** Half up, the rounding of every FX conversion, so a fee matches what the fx-rate endpoint would quote. */
    private static BigDecimal fromRwf(BigDecimal rwf, String currency, BigDecimal rwfRate) {
        return Currencies.round(rwf.multiply(rwfRate), currency);
    }

    /** The VAT included in a fee, rounded to the currency's minor unit. */
    public static BigDecimal vatOn(BigDecimal fee, String currency) {
        return Currencies.round(fee.multiply(VAT_RATE), currency);
    }
}
