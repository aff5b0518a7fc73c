package rw.paydesk.core.party;

import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The countries the gateway collects mobile money in, each with its one currency and its
 * providers, as in the gateway's "Supported Countries &amp; Providers" table.
 */
public enum Country {
    RW("Rwanda", "250", "RWF", List.of("MTN", "Airtel")),
    KE("Kenya", "254", "KES", List.of("Mpesa")),
    UG("Uganda", "256", "UGX", List.of("MTN", "Airtel")),
    TZ("Tanzania", "255", "TZS", List.of("Airtel", "Tigo", "Halopesa")),
    GH("Ghana", "233", "GHS", List.of("MTN", "Vodafone", "Airtel")),
    NG("Nigeria", "234", "NGN", List.of("MTN", "Airtel", "Glo")),
    ZA("South Africa", "27", "ZAR", List.of("Vodacom", "MTN"));

    private final String label;
    private final String dialCode;
    private final String currency;
    private final List<String> providers;

    Country(String label, String dialCode, String currency, List<String> providers) {
        this.label = label;
        this.dialCode = dialCode;
        this.currency = currency;
        this.providers = providers;
    }

    public String label() {
        return label;
    }

    /** International dialling code without "+", e.g. "250"; the gateway's {@code country_code}. */
    public String dialCode() {
        return dialCode;
    }

    public Currency currency() {
        return Currency.getInstance(currency);
    }

    public List<String> providers() {
        return providers;
    }

    /** The provider as the gateway spells it, if this country has it (case-insensitive). */
    public Optional<String> provider(String name) {
        return providers.stream().filter(p -> p.equalsIgnoreCase(name == null ? "" : name.trim())).findFirst();
    }

    public static Country of(String isoCode) {
        try {
            return valueOf(isoCode.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("The gateway does not collect mobile money in '" + isoCode + "'. Choose one of "
                    + Arrays.toString(values()) + ".", e);
        }
    }

    /** Faces-friendly accessors. */
    public String getLabel() {
        return label;
    }

    public String getCurrencyCode() {
        return currency;
    }

    public List<String> getProviders() {
        return providers;
    }
}
