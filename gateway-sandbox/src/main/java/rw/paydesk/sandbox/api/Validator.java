package rw.paydesk.sandbox.api;

import rw.paydesk.sandbox.money.Currencies;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads request fields and collects one message per invalid field, the documented rules in one
 * place. Field names in the errors map are the request's own names ("reference", "name"), as in
 * the docs' error examples.
 */
public final class Validator {

    /** "letters, spaces, commas (,), periods (.), apostrophes ('), hyphens (-)", 2 to 50 characters. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M} ,.'\\-]{2,50}");
    /** "letters (A-Z, a-z) and numbers (0-9) only", 6 to 50 characters. */
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9]{6,50}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private final Map<String, String> errors = new LinkedHashMap<>();

    public Map<String, String> errors() {
        return errors;
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public void error(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    /** Throws the documented 10400 answer when any field was invalid. */
    public void throwIfInvalid(String paymentType) {
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors, paymentType);
        }
    }

    /** A nested object, or an empty one (and an error) when it is missing. */
    public JsonObject object(JsonObject parent, String key, boolean required) {
        JsonValue value = parent == null ? null : parent.get(key);
        if (value instanceof JsonObject object) {
            return object;
        }
        if (value != null && value != JsonValue.NULL) {
            error(key, "must be an object");
        } else if (required) {
            error(key, "is required");
        }
        return JsonValue.EMPTY_JSON_OBJECT;
    }

    /** A string field; numbers are accepted as their text, since PHP clients often send them. */
    public static String text(JsonObject object, String key) {
        JsonValue value = object == null ? null : object.get(key);
        if (value instanceof JsonString s) {
            return s.getString().trim();
        }
        if (value instanceof JsonNumber n) {
            return n.toString();
        }
        return null;
    }

    public String required(JsonObject object, String key) {
        String value = text(object, key);
        if (value == null || value.isEmpty()) {
            error(key, "is required");
            return null;
        }
        return value;
    }

    public String optional(JsonObject object, String key, int maxLength) {
        String value = text(object, key);
        if (value != null && value.length() > maxLength) {
            error(key, "must be at most " + maxLength + " characters");
        }
        return value == null || value.isEmpty() ? null : value;
    }

    /** A positive amount: a JSON number or a numeric string. */
    public BigDecimal amount(JsonObject object, String key) {
        BigDecimal amount = number(object, key);
        if (amount != null && amount.signum() <= 0) {
            error(key, "must be greater than 0");
            return null;
        }
        return amount;
    }

    /** An amount that may be 0, such as a fee: a JSON number or a numeric string. */
    public BigDecimal amountOrZero(JsonObject object, String key) {
        BigDecimal amount = number(object, key);
        if (amount != null && amount.signum() < 0) {
            error(key, "must be 0 or more");
            return null;
        }
        return amount;
    }

    private BigDecimal number(JsonObject object, String key) {
        JsonValue value = object == null ? null : object.get(key);
        if (value instanceof JsonNumber n) {
            return n.bigDecimalValue();
        }
        if (value instanceof JsonString s) {
            try {
                return new BigDecimal(s.getString().trim());
            } catch (NumberFormatException e) {
                error(key, "must be a number");
                return null;
            }
        }
        error(key, value == null || value == JsonValue.NULL ? "is required" : "must be a number");
        return null;
    }

    /** Checks that an amount has no more decimals than its currency (RWF has none). */
    public void amountFitsCurrency(String key, BigDecimal amount, String currency) {
        if (amount != null && currency != null && Currencies.isSupported(currency) && !Currencies.fitsMinorUnit(amount, currency)) {
            error(key, "must have at most " + Currencies.minorUnit(currency) + " decimals in " + currency);
        }
    }

    public String currency(JsonObject object, String key) {
        String value = required(object, key);
        if (value == null) {
            return null;
        }
        if (!Currencies.isSupported(value)) {
            error(key, "must be one of " + String.join(", ", new java.util.TreeSet<>(Currencies.SUPPORTED)));
            return null;
        }
        return value;
    }

    public String name(JsonObject object, String key) {
        String value = text(object, key);
        if (value == null || value.isEmpty()) {
            error(key, "is required");
            return null;
        }
        if (!validName(value)) {
            error(key, "must be 2 to 50 characters: letters, spaces, commas, periods, apostrophes and hyphens");
            return null;
        }
        return value;
    }

    public static boolean validName(String value) {
        return value != null && NAME.matcher(value).matches() && value.codePoints().anyMatch(Character::isLetter);
    }

    public String reference(JsonObject object, String key, boolean required) {
        String value = text(object, key);
        if (value == null || value.isEmpty()) {
            if (required) {
                error(key, "is required");
            }
            return null;
        }
        if (!validReference(value)) {
            error(key, "must be an alphanumeric string of 6 to 50 characters");
            return null;
        }
        return value;
    }

    public static boolean validReference(String value) {
        return value != null && REFERENCE.matcher(value).matches();
    }

    public String email(JsonObject object, String key) {
        String value = required(object, key);
        if (value != null && (value.length() > 254 || !EMAIL.matcher(value).matches())) {
            error(key, "must be a valid email address");
            return null;
        }
        return value;
    }

    public String digits(JsonObject object, String key, int min, int max) {
        String value = required(object, key);
        if (value == null) {
            return null;
        }
        String compact = value.replace(" ", "");
        if (!DIGITS.matcher(compact).matches() || compact.length() < min || compact.length() > max) {
            error(key, "must be " + min + " to " + max + " digits");
            return null;
        }
        return compact;
    }

    /** callback_url: required, https, or http on a loopback address (for local development). */
    public String callbackUrl(JsonObject object, String key) {
        String value = required(object, key);
        if (value == null) {
            return null;
        }
        String problem = callbackUrlProblem(value);
        if (problem != null) {
            error(key, problem);
            return null;
        }
        return value;
    }

    /** Why a callback URL is refused, or null when it is acceptable. */
    public static String callbackUrlProblem(String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (Exception e) {
            return "must be a valid URL";
        }
        if (uri.getHost() == null || uri.getScheme() == null || value.length() > 1000) {
            return "must be a valid absolute URL";
        }
        String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (scheme.equals("https")) {
            return null;
        }
        if (scheme.equals("http") && isLoopback(uri.getHost())) {
            return null;
        }
        return "must be an HTTPS URL (http is accepted only for localhost)";
    }

    static boolean isLoopback(String host) {
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        // Only literal addresses are checked, so no name lookup happens on the request path.
        if (!h.matches("[0-9.]+") && !h.contains(":")) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
