package rw.paydesk.sandbox.rwandapay;

import static rw.paydesk.sandbox.api.Jsons.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * What makes two requests "the same" for an idempotency key: method, path and the body as
 * canonical JSON (keys sorted, no white space, numbers without trailing zeros, so 5000 and
 * 5000.00 agree), hashed with SHA-256. A body that is not JSON is hashed as it came.
 */
public final class RequestFingerprint {

    private RequestFingerprint() {
    }

    /** The hex SHA-256 of the request. */
    public static String of(String method, String path, String body) {
        String text = body == null ? "" : body;
        String canonical;
        if (text.isBlank()) {
            canonical = "";
        } else {
            try (JsonReader reader = JSON.createReader(new StringReader(text))) {
                canonical = canonical(reader.readValue());
            } catch (JsonException | IllegalStateException e) {
                canonical = text;
            }
        }
        return sha256(method + " " + path + "\n" + canonical);
    }

    public static String canonical(JsonValue value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(JsonValue value, StringBuilder out) {
        switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, JsonValue> sorted = new TreeMap<>((JsonObject) value);
                out.append('{');
                boolean first = true;
                for (var e : sorted.entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    out.append(JSON.createValue(e.getKey())).append(':');
                    write(e.getValue(), out);
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                JsonArray array = (JsonArray) value;
                for (int i = 0; i < array.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(array.get(i), out);
                }
                out.append(']');
            }
            case NUMBER -> {
                BigDecimal n = ((JsonNumber) value).bigDecimalValue().stripTrailingZeros();
                out.append(n.signum() == 0 ? "0" : n.toPlainString());
            }
            case STRING -> out.append(JSON.createValue(((JsonString) value).getString()));
            default -> out.append(value);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
