package rw.paydesk.sandbox.money;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The documented "Supported Countries &amp; Providers" table of the mobile-money API. */
public enum Coverage {
    RWANDA("RW", "250", "RWF", List.of("MTN", "Airtel")),
    KENYA("KE", "254", "KES", List.of("Mpesa")),
    UGANDA("UG", "256", "UGX", List.of("MTN", "Airtel")),
    TANZANIA("TZ", "255", "TZS", List.of("Airtel", "Tigo", "Halopesa")),
    GHANA("GH", "233", "GHS", List.of("MTN", "Vodafone", "Airtel")),
    NIGERIA("NG", "234", "NGN", List.of("MTN", "Airtel", "Glo")),
    SOUTH_AFRICA("ZA", "27", "ZAR", List.of("Vodacom", "MTN"));

    private final String isoCode;
    private final String dialingCode;
    private final String currency;
    private final List<String> providers;

    Coverage(String isoCode, String dialingCode, String currency, List<String> providers) {
        this.isoCode = isoCode;
        this.dialingCode = dialingCode;
        this.currency = currency;
        this.providers = providers;
    }

    public static Optional<Coverage> byDialingCode(String code) {
        String digits = code == null ? "" : code.trim().replaceFirst("^\\+", "");
        for (Coverage c : values()) {
            if (c.dialingCode.equals(digits)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public static Optional<Coverage> byIsoCode(String code) {
        for (Coverage c : values()) {
            if (c.isoCode.equalsIgnoreCase(code == null ? "" : code.trim())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public static Optional<Coverage> byCurrency(String currency) {
        for (Coverage c : values()) {
            if (c.currency.equals(currency)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * The provider as the table spells it, matched without regard to case ("mtn", "AIRTEL"),
     * or empty when the country does not support it.
     */
    public Optional<String> provider(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return providers.stream().filter(p -> p.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    public String isoCode() {
        return isoCode;
    }

    public String dialingCode() {
        return dialingCode;
    }

    public String currency() {
        return currency;
    }

    public List<String> providers() {
        return providers;
    }

    public String countryName() {
        String name = name().replace('_', ' ').toLowerCase(Locale.ROOT);
        StringBuilder title = new StringBuilder();
        for (String word : name.split(" ")) {
            title.append(title.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return title.toString();
    }
}
