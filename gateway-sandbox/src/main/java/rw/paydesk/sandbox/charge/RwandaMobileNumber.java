package rw.paydesk.sandbox.charge;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Rwandan mobile number as the charges API takes it: the 9-digit national number, without the
 * country code and without the leading 0 of the local form. The network follows from the prefix:
 * 78 and 79 are MTN, 72 and 73 Airtel.
 *
 * @param national e.g. 789654321
 */
public record RwandaMobileNumber(String national) {

    public static final String COUNTRY_CODE = "250";

    private static final Pattern NATIONAL = Pattern.compile("7[2389][0-9]{7}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    public RwandaMobileNumber {
        if (national == null || !NATIONAL.matcher(national).matches()) {
            throw new IllegalArgumentException("not a Rwandan mobile number: " + national);
        }
    }

    /** The number, or empty when {@link #problem} has something to say about the text. */
    public static Optional<RwandaMobileNumber> parse(String text) {
        return problem(text) == null ? Optional.of(new RwandaMobileNumber(normalised(text))) : Optional.empty();
    }

    /** Why the text is not a number the charges API accepts, or null when it is one. */
    public static String problem(String text) {
        String digits = text == null ? "" : text.replace(" ", "");
        if (!DIGITS.matcher(digits).matches()) {
            return "must be digits only, without + or the country code, e.g. 789654321";
        }
        if (digits.length() == 12 && digits.startsWith(COUNTRY_CODE)) {
            return "must not include the country code; send it in customer_phone_country_code";
        }
        String national = normalised(digits);
        if (national.length() != 9) {
            return "must be a 9-digit Rwandan mobile number, e.g. 789654321";
        }
        if (!NATIONAL.matcher(national).matches()) {
            return "must be an MTN (78, 79) or Airtel (72, 73) number";
        }
        return null;
    }

    private static String normalised(String text) {
        String digits = text.replace(" ", "");
        return digits.length() == 10 && digits.startsWith("0") ? digits.substring(1) : digits;
    }

    /** "MTN" or "Airtel", the spelling of the docs' mobile_money_network. */
    public String network() {
        return national.startsWith("78") || national.startsWith("79") ? "MTN" : "Airtel";
    }

    /** With the country code, as the handset and the ledger keep it: 250789654321. */
    public String msisdn() {
        return COUNTRY_CODE + national;
    }

    /** The local form a Rwandan writes: 0789654321. */
    public String local() {
        return "0" + national;
    }

    @Override
    public String toString() {
        return national;
    }
}
