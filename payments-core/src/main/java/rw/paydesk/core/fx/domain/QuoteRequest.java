package rw.paydesk.core.fx.domain;

import rw.paydesk.core.money.Money;
import rw.paydesk.core.party.Country;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An amount to convert and the currency to convert it into, checked before the gateway is
 * asked: two different supported currencies and an amount above zero at the source
 * currency's own decimals.
 *
 * @param amount      what is converted
 * @param destination what it is converted into
 */
public record QuoteRequest(Money amount, Currency destination) {

    /**
     * The currencies PayDesk asks quotes for: those of the gateway's mobile-money countries and
     * the US dollar of the docs' examples. The docs publish no list of FX currencies.
     */
    public static final List<String> CURRENCIES = Stream.concat(Stream.of("RWF", "USD"),
            Arrays.stream(Country.values()).map(Country::getCurrencyCode).filter(c -> !c.equals("RWF")))
            .distinct().toList();

    /** Largest amount quoted, in any currency: beyond any real transfer, and well inside the gateway's numbers. */
    static final BigDecimal MAX = new BigDecimal("1000000000000");

    public QuoteRequest {
        if (!CURRENCIES.contains(amount.currency().getCurrencyCode()) || !CURRENCIES.contains(destination.getCurrencyCode())
                || amount.currency().equals(destination) || !amount.isPositive()) {
            throw new IllegalArgumentException("not a valid quote request: " + amount + " to " + destination);
        }
    }

    /** Reads what a person typed and chose; every problem is reported with its field. */
    public static QuoteRequest parse(String amountText, String from, String to) {
        Map<String, String> errors = new LinkedHashMap<>();
        Currency source = currency(from, "from", errors);
        Currency target = currency(to, "to", errors);
        if (source != null && source.equals(target)) {
            errors.put("to", "Choose a currency other than " + source.getCurrencyCode() + " to convert into.");
        }
        Money amount = null;
        if (amountText == null || amountText.isBlank()) {
            errors.put("amount", "Enter the amount to convert.");
        } else {
            try {
                BigDecimal value = new BigDecimal(amountText.trim().replace(",", "").replace(" ", ""));
                if (value.signum() <= 0) {
                    errors.put("amount", "Enter an amount above zero.");
                } else if (value.compareTo(MAX) > 0) {
                    errors.put("amount", "Enter an amount up to 1,000,000,000,000.");
                } else if (source != null) {
                    try {
                        amount = Money.of(value, source);
                    } catch (IllegalArgumentException e) {
                        int digits = Money.minorDigits(source);
                        errors.put("amount", digits == 0
                                ? source.getCurrencyCode() + " has no decimals: enter a whole amount."
                                : source.getCurrencyCode() + " has " + digits + " decimals at most.");
                    }
                }
            } catch (NumberFormatException e) {
                errors.put("amount", "Enter the amount in digits, e.g. 100 or 99.50.");
            }
        }
        if (!errors.isEmpty()) {
            throw new QuoteInputException(errors);
        }
        return new QuoteRequest(amount, target);
    }

    private static Currency currency(String code, String field, Map<String, String> errors) {
        if (code == null || code.isBlank()) {
            errors.put(field, "Choose a currency.");
            return null;
        }
        String upper = code.trim().toUpperCase(Locale.ROOT);
        if (!CURRENCIES.contains(upper)) {
            errors.put(field, "PayDesk does not quote " + code.trim() + ": choose one of " + String.join(", ", CURRENCIES) + ".");
            return null;
        }
        return Currency.getInstance(upper);
    }
}
