package rw.paydesk.sandbox.api;

import static rw.paydesk.sandbox.api.Jsons.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** How values are written on the wire, and how request bodies are read. */
public final class Wire {

    /** The wallet API's "2025-01-10 14:21:10" (UTC). */
    private static final DateTimeFormatter WALLET_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private Wire() {
    }

    /** A request body as a JSON object, or the documented 10400 answer. */
    public static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw ApiException.invalid("body", "must be a JSON object");
        }
        try (JsonReader reader = JSON.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonObject object) {
                return object;
            }
        } catch (JsonException | IllegalStateException e) {
            throw ApiException.invalid("body", "is not valid JSON");
        }
        throw ApiException.invalid("body", "must be a JSON object");
    }

    /** An amount as the docs print it: 550, 100.5, 217500 (no trailing zeros, never exponent form). */
    public static BigDecimal amount(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** ISO-8601 in UTC with milliseconds, like the payout acknowledgement's created_at. */
    public static String iso(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    /** ISO-8601 in UTC to the second, like expires_at of a payment link. */
    public static String isoSeconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    public static String walletTime(Instant instant) {
        return WALLET_TIME.format(instant);
    }

    /** The optional object at key, or an empty one. */
    public static JsonObject objectOrEmpty(JsonObject parent, String key) {
        JsonValue value = parent == null ? null : parent.get(key);
        return value instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
    }
}
