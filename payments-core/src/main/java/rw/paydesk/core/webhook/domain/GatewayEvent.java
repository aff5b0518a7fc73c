package rw.paydesk.core.webhook.domain;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A webhook from the gateway, fired as a CDI event (synchronously, inside the processing
 * transaction) for whatever in PayDesk it concerns. Observers find their record by
 * {@link #reference()} or {@link #transactionId()}, move it forward only, and say what they
 * did with {@link #effect(String)}; the inbox keeps those lines as the event's outcome. An
 * observer that throws rolls everything back and the event is marked FAILED.
 *
 * <p>{@link #replay()} is true when an administrator re-processes a stored event; observers
 * must then treat it like a redelivery: never move anything backwards.
 */
public final class GatewayEvent {

    private final long inboxId;
    private final String event;
    private final String status;
    private final String reference;
    private final String transactionId;
    private final JsonObject payload;
    private final boolean replay;
    private final List<String> effects = new ArrayList<>();

    public GatewayEvent(long inboxId, JsonObject payload, boolean replay) {
        this.inboxId = inboxId;
        this.payload = Objects.requireNonNull(payload);
        this.replay = replay;
        this.event = text(payload, "event");
        JsonObject fields = fields(payload);
        this.status = text(fields, "status").toLowerCase(Locale.ROOT);
        if (fields == payload) {
            this.reference = text(payload, "reference");
            this.transactionId = text(payload, "transaction_id");
        } else {
            // Rwanda Pay: our reference is merchant_reference, its own PAY-/RFD-/WDR- reference is reference
            String merchant = text(fields, "merchant_reference");
            this.reference = merchant.isEmpty() ? text(fields, "reference") : merchant;
            this.transactionId = text(fields, "reference");
        }
    }

    /**
     * Where the event's fields are: the body itself (DGS-Pay), or its {@code data} object when
     * the body is an envelope {@code {"event": …, "data": {…}}} (Rwanda Pay).
     */
    public static JsonObject fields(JsonObject payload) {
        return !payload.containsKey("status") && payload.get("data") instanceof JsonObject data ? data : payload;
    }

    private static String text(JsonObject payload, String name) {
        JsonValue value = payload.get(name);
        if (value == null) {
            return "";
        }
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString().trim();
            case NUMBER -> ((JsonNumber) value).toString();
            case NULL -> "";
            default -> value.toString();
        };
    }

    /** The id of the stored event in the webhook inbox. */
    public long inboxId() {
        return inboxId;
    }

    /** As sent, e.g. {@code transaction.completed} or {@code transaction.failed}; empty if absent. */
    public String event() {
        return event;
    }

    /** Lower-cased as sent: {@code successful} (collections), {@code success} (payouts), {@code failed}…; empty if absent. */
    public String status() {
        return status;
    }

    /** The merchant reference PayDesk sent with the request; empty if absent. */
    public String reference() {
        return reference;
    }

    /** The gateway's transaction id in string form ({@code 97}, {@code chg_…}, {@code trf_…}); empty if absent. */
    public String transactionId() {
        return transactionId;
    }

    /** The whole body as received. */
    public JsonObject payload() {
        return payload;
    }

    /** Whether an administrator asked to process this stored event again. */
    public boolean replay() {
        return replay;
    }

    /** Records what an observer did, e.g. {@code charge MM123: PENDING -> SUCCESSFUL} or {@code ignored: …}. */
    public void effect(String text) {
        if (text != null && !text.isBlank()) {
            effects.add(text.trim());
        }
    }

    /** What the observers did, in the order they said it. */
    public List<String> effects() {
        return Collections.unmodifiableList(new ArrayList<>(effects));
    }

    @Override
    public String toString() {
        return "GatewayEvent #" + inboxId + " " + event + " " + status + " " + reference + (replay ? " (replay)" : "");
    }
}
