package rw.paydesk.sandbox.rwandapay;

import static rw.paydesk.sandbox.api.Jsons.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import rw.paydesk.sandbox.api.Validator;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a Rwanda Pay request body field by field and collects one message per field; {@link
 * #throwIfInvalid()} answers 422 "Validation Error" with all of them at once.
 */
final class Checks {

    /** Merchant references and tx_ref: they travel in URL paths, so no slashes or spaces. */
    static final String REFERENCE_PATTERN = "[A-Za-z0-9_.-]{1,64}";

    private final Map<String, String> errors;
    private final String prefix;

    Checks() {
        this(new LinkedHashMap<>(), "");
    }

    private Checks(Map<String, String> errors, String prefix) {
        this.errors = errors;
        this.prefix = prefix;
    }

    /** Checks of a nested object, reported as "customer.phone". */
    Checks in(String object) {
        return new Checks(errors, prefix + object + ".");
    }

    /** The body as a JSON object, or 400 Bad Request. An empty body is an empty object when allowed. */
    static JsonObject body(String text, boolean emptyAllowed) {
        if (text == null || text.isBlank()) {
            if (emptyAllowed) {
                return JsonValue.EMPTY_JSON_OBJECT;
            }
            throw RwandaPayErrors.error(400, "body", "must be a JSON object");
        }
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonObject object) {
                return object;
            }
        } catch (JsonException | IllegalStateException e) {
            throw RwandaPayErrors.error(400, "body", "is not valid JSON");
        }
        throw RwandaPayErrors.error(400, "body", "must be a JSON object");
    }

    void error(String field, String message) {
        errors.putIfAbsent(prefix + field, message);
    }

    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw RwandaPayErrors.error(422, errors);
        }
    }

    private static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    /** A whole number of RWF from min to max, as a JSON number or a numeric string. */
    Long wholeAmount(JsonObject o, String key, long min, long max, boolean required) {
        if (absent(o, key)) {
            if (required) {
                error(key, "is required");
            }
            return null;
        }
        JsonValue v = o.get(key);
        BigDecimal amount;
        try {
            amount = v instanceof JsonNumber n ? n.bigDecimalValue()
                    : v instanceof JsonString s ? new BigDecimal(s.getString().trim()) : null;
        } catch (NumberFormatException e) {
            amount = null;
        }
        if (amount == null) {
            error(key, "must be a number");
            return null;
        }
        if (amount.stripTrailingZeros().scale() > 0) {
            error(key, "must be a whole number of RWF");
            return null;
        }
        if (amount.compareTo(BigDecimal.valueOf(min)) < 0 || amount.compareTo(BigDecimal.valueOf(max)) > 0) {
            error(key, max == Long.MAX_VALUE ? "must be at least " + min + " RWF"
                    : "must be between " + min + " and " + max + " RWF");
            return null;
        }
        return amount.longValueExact();
    }

    String text(JsonObject o, String key, int maxLength, boolean required) {
        if (absent(o, key)) {
            if (required) {
                error(key, "is required");
            }
            return null;
        }
        if (!(o.get(key) instanceof JsonString s)) {
            error(key, "must be a string");
            return null;
        }
        String value = s.getString().strip();
        if (value.isEmpty() && required) {
            error(key, "is required");
            return null;
        }
        if (value.length() > maxLength) {
            error(key, "must be at most " + maxLength + " characters");
            return null;
        }
        return value.isEmpty() ? null : value;
    }

    String reference(JsonObject o, String key, boolean required) {
        String value = text(o, key, 64, required);
        if (value != null && !value.matches(REFERENCE_PATTERN)) {
            error(key, "must be 1 to 64 letters, digits, '.', '_' or '-'");
            return null;
        }
        return value;
    }

    RwandaPhone phone(JsonObject o, String key) {
        String value = text(o, key, 20, true);
        if (value == null) {
            return null;
        }
        try {
            return RwandaPhone.parse(value);
        } catch (IllegalArgumentException e) {
            error(key, e.getMessage());
            return null;
        }
    }

    /** Optional provider; when given it must be MTN or Airtel and the phone's own network. */
    Provider provider(JsonObject o, String key, RwandaPhone phone) {
        String value = text(o, key, 20, false);
        if (value == null) {
            return phone == null ? null : phone.provider();
        }
        Provider given = Provider.fromText(value).orElse(null);
        if (given == null) {
            error(key, "must be MTN or Airtel");
            return null;
        }
        if (phone != null && given != phone.provider()) {
            error(key, "does not match the phone number, which is an " + phone.provider().wire() + " number");
            return null;
        }
        return given;
    }

    /** A webhook URL: https, or http only on a loopback address (as the DGS-Pay sandbox). */
    String webhookUrl(JsonObject o, String key) {
        String value = text(o, key, 1000, false);
        if (value == null) {
            return null;
        }
        String problem = Validator.callbackUrlProblem(value);
        if (problem != null) {
            error(key, problem);
            return null;
        }
        return value;
    }

    /** Where a browser goes back to: any absolute http(s) URL. */
    String browserUrl(JsonObject o, String key, boolean required) {
        String value = text(o, key, 1000, required);
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (uri.getHost() != null && (scheme.equals("https") || scheme.equals("http"))) {
                return value;
            }
        } catch (Exception e) {
            // reported below
        }
        error(key, "must be an absolute http(s) URL");
        return null;
    }

    JsonObject object(JsonObject o, String key, boolean required) {
        if (absent(o, key)) {
            if (required) {
                error(key, "is required");
            }
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if (o.get(key) instanceof JsonObject object) {
            return object;
        }
        error(key, "must be an object");
        return JsonValue.EMPTY_JSON_OBJECT;
    }

    String email(JsonObject o, String key) {
        String value = text(o, key, 254, false);
        if (value != null && !value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            error(key, "must be an e-mail address");
            return null;
        }
        return value;
    }
}
