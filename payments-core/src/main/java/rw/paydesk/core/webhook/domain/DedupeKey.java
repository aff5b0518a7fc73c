package rw.paydesk.core.webhook.domain;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What makes two webhooks the same event, whatever delivery id they came with: the gateway
 * redelivers a payload under a new {@code DGS-Webhook-Id}. The key is a digest of event,
 * reference, status and transaction id (case and blanks aside, a number and its string
 * alike); a body that has none of event, reference and transaction id is keyed by its
 * digest as a whole.
 */
public final class DedupeKey {

    /** Length of every key: a one-letter kind, a colon and 64 hex digits. */
    public static final int LENGTH = 66;

    private final String value;

    private DedupeKey(String value) {
        this.value = value;
    }

    public static DedupeKey of(JsonObject payload) {
        JsonObject fields = GatewayEvent.fields(payload);
        String event = field(payload, "event");
        String reference = field(fields, "reference");
        String status = field(fields, "status");
        String transactionId = field(fields, "transaction_id");
        if (event.isEmpty() && reference.isEmpty() && transactionId.isEmpty()) {
            return new DedupeKey("b:" + sha256(payload.toString()));
        }
        return new DedupeKey("k:" + sha256(String.join("\n", event, reference, status, transactionId)));
    }

    /** For gateways that name each event with an id that stays the same across retries. */
    public static DedupeKey ofEventId(String gateway, String eventId) {
        return new DedupeKey("e:" + sha256(gateway + "\n" + eventId.trim()));
    }

    /** A field as text, trimmed and lower-cased; empty when absent or null. */
    static String field(JsonObject payload, String name) {
        JsonValue value = payload.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        String text = switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue().stripTrailingZeros().toPlainString();
            default -> value.toString();
        };
        return text.trim().toLowerCase(Locale.ROOT);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DedupeKey other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
