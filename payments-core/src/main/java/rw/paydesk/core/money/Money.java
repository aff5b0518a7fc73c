package rw.paydesk.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount in one currency, held at exactly the currency's minor unit (RWF and UGX have
 * none, USD and KES have two). Amounts that carry more decimals than the currency allows
 * are refused rather than silently rounded: a finance team must never see a franc appear
 * or vanish.
 */
public final class Money implements Comparable<Money> {

    private final BigDecimal amount;
    private final Currency currency;

    private Money(BigDecimal amount, Currency currency) {
        this.amount = amount;
        this.currency = currency;
    }

    /** Exactly {@code amount}; refused if it has more decimals than {@code currency} allows. */
    public static Money of(BigDecimal amount, Currency currency) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int digits = minorDigits(currency);
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > digits) {
            throw new IllegalArgumentException(amount.toPlainString() + " has more decimals than "
                    + currency.getCurrencyCode() + " allows (" + digits + ")");
        }
        return new Money(amount.setScale(digits, RoundingMode.UNNECESSARY), currency);
    }

    public static Money of(String amount, String currencyCode) {
        return of(new BigDecimal(amount), currency(currencyCode));
    }

    /** {@code amount} rounded half-up to the currency's minor unit, for computed amounts such as FX. */
    public static Money rounded(BigDecimal amount, Currency currency) {
        return new Money(amount.setScale(minorDigits(currency), RoundingMode.HALF_UP), currency);
    }

    public static Money zero(Currency currency) {
        return of(BigDecimal.ZERO, currency);
    }

    /** The ISO 4217 currency for a code, with a clear message for an unknown one. */
    public static Currency currency(String code) {
        try {
            return Currency.getInstance(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown currency: " + code, e);
        }
    }

    /** Decimals of the currency's minor unit: 0 for RWF and UGX, 2 for USD. */
    public static int minorDigits(Currency currency) {
        return Math.max(0, currency.getDefaultFractionDigits());
    }

    public BigDecimal amount() {
        return amount;
    }

    public Currency currency() {
        return currency;
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + currency.getCurrencyCode()
                    + " with " + other.currency.getCurrencyCode());
        }
    }

    /** For display: {@code RWF 150,000} or {@code USD 1,250.50}. */
    public String format() {
        return currency.getCurrencyCode() + " " + formatAmount(amount, currency);
    }

    /** The amount alone, grouped in thousands, with the currency's own decimals. */
    public static String formatAmount(BigDecimal amount, Currency currency) {
        int digits = minorDigits(currency);
        DecimalFormat format = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits),
                DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount);
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && amount.equals(other.amount) && currency.equals(other.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, currency);
    }

    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }
}
