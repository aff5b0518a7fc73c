package rw.paydesk.core.party;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A mobile number in one country, held as the national significant number (without the
 * leading 0 and without the dialling code): for Rwanda nine digits, {@code 78xxxxxxx}.
 * Rwandan numbers are checked against the operators' prefixes: MTN 078/079, Airtel 072/073.
 */
public final class PhoneNumber {

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final Country country;
    private final String national;

    private PhoneNumber(Country country, String national) {
        this.country = country;
        this.national = national;
    }

    /**
     * Reads what a cashier typed: {@code 0788 123 456}, {@code 788123456},
     * {@code +250788123456} or {@code 250788123456}.
     */
    public static PhoneNumber parse(Country country, String typed) {
        Objects.requireNonNull(country, "country");
        String digits = typed == null ? "" : typed.replaceAll("[\\s().-]", "");
        if (digits.startsWith("+")) {
            digits = digits.substring(1);
        }
        if (!DIGITS.matcher(digits).matches()) {
            throw new IllegalArgumentException("A phone number has digits only, e.g. " + example(country) + ".");
        }
        if (digits.startsWith(country.dialCode()) && digits.length() > nationalLength(country)) {
            digits = digits.substring(country.dialCode().length());
        }
        if (digits.startsWith("0")) {
            digits = digits.substring(1);
        }
        int length = nationalLength(country);
        if (digits.length() != length) {
            throw new IllegalArgumentException("A " + country.label() + " mobile number has " + (length + 1)
                    + " digits starting with 0, e.g. " + example(country) + ".");
        }
        if (country == Country.RW && rwandanOperator(digits).isEmpty()) {
            throw new IllegalArgumentException("A Rwandan mobile number starts with 078 or 079 (MTN) or 072 or 073 (Airtel).");
        }
        return new PhoneNumber(country, digits);
    }

    private static int nationalLength(Country country) {
        return country == Country.ZA ? 9 : country == Country.NG ? 10 : 9;
    }

    private static String example(Country country) {
        return switch (country) {
            case RW -> "0788 123 456";
            case NG -> "0803 123 4567";
            default -> "0712 345 678";
        };
    }

    private static Optional<String> rwandanOperator(String national) {
        if (national.startsWith("78") || national.startsWith("79")) {
            return Optional.of("MTN");
        }
        if (national.startsWith("72") || national.startsWith("73")) {
            return Optional.of("Airtel");
        }
        return Optional.empty();
    }

    /** The provider the number belongs to, where the prefixes tell (Rwanda). */
    public Optional<String> detectedProvider() {
        return country == Country.RW ? rwandanOperator(national) : Optional.empty();
    }

    public Country country() {
        return country;
    }

    /** Without the dialling code and without the leading 0: what the gateway's {@code phone} takes. */
    public String national() {
        return national;
    }

    /** For people: {@code 0788 123 456}. */
    public String display() {
        String local = "0" + national;
        return local.length() == 10 ? local.substring(0, 4) + " " + local.substring(4, 7) + " " + local.substring(7) : local;
    }

    /** {@code +250788123456}. */
    public String international() {
        return "+" + country.dialCode() + national;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PhoneNumber p && p.country == country && p.national.equals(national);
    }

    @Override
    public int hashCode() {
        return Objects.hash(country, national);
    }

    @Override
    public String toString() {
        return international();
    }
}
