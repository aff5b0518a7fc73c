package rw.paydesk.core.webhook.domain;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One webhook as the gateway sent it: the raw body, kept whatever happens next, the
 * delivery's headers, what it is about, and what processing made of it. A body that is not
 * a JSON object is kept as MALFORMED; anything else starts as RECEIVED (or DUPLICATE when
 * its {@link DedupeKey} was seen before) and moves on once processed.
 */
@Entity
@Table(name = "webhook_event")
@NamedQuery(name = WebhookEvent.PENDING,
        query = "select w.id from WebhookEvent w where w.status = rw.paydesk.core.webhook.domain.ProcessingStatus.RECEIVED order by w.id")
@NamedQuery(name = WebhookEvent.SAME_EVENT_BEFORE,
        query = "select w.id from WebhookEvent w where w.dedupeKey = :key and w.id <> :id"
                + " and (w.status = rw.paydesk.core.webhook.domain.ProcessingStatus.PROCESSED"
                + " or (w.status = rw.paydesk.core.webhook.domain.ProcessingStatus.RECEIVED and w.id < :id))"
                + " order by w.id")
@NamedQuery(name = WebhookEvent.WITH_KEY,
        query = "select w.id from WebhookEvent w where w.dedupeKey = :key and w.status in :statuses order by w.id")
public class WebhookEvent {

    public static final String PENDING = "WebhookEvent.pending";
    /**
     * Another delivery of the same event that has had, or will have first, its effect: one
     * already processed, whatever its id (an insert can commit after a later one), or one
     * still waiting that arrived earlier.
     */
    public static final String SAME_EVENT_BEFORE = "WebhookEvent.sameEventBefore";
    public static final String WITH_KEY = "WebhookEvent.withKey";

    /** Statuses of an event that a later one with the same key duplicates: a FAILED one may be delivered again. */
    public static final List<ProcessingStatus> COUNTED = List.of(ProcessingStatus.RECEIVED, ProcessingStatus.PROCESSED);

    /** The largest body kept; the endpoint refuses larger ones before they get here. */
    public static final int BODY_MAX = 65_535;
    public static final int OUTCOME_MAX = 2000;

    /** Larger amounts than the column holds are not kept. */
    private static final BigDecimal AMOUNT_LIMIT = new BigDecimal("1e14");

    /** Looked up once: {@code Json.create…} searches the class path on every call, which shows at webhook rates. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    /** The gateway account that sent it. */
    @Column(nullable = false, updatable = false, length = 24)
    private String gateway = "dgs";

    @Column(name = "delivery_id", updatable = false, length = 100)
    private String deliveryId;

    @Column(updatable = false, length = 64)
    private String event;

    @Column(updatable = false, length = 100)
    private String reference;

    @Column(name = "gateway_status", updatable = false, length = 32)
    private String gatewayStatus;

    @Column(name = "transaction_id", updatable = false, length = 100)
    private String transactionId;

    /** What the webhook said of the money, for reconciliation; null when it did not say or not as a number. */
    @Column(updatable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(updatable = false, precision = 19, scale = 4)
    private BigDecimal fee;

    @Column(updatable = false, length = 3)
    private String currency;

    @Column(name = "dedupe_key", updatable = false, length = DedupeKey.LENGTH)
    private String dedupeKey;

    @Column(name = "raw_body", nullable = false, updatable = false, length = BODY_MAX)
    private String rawBody;

    @Column(name = "remote_address", updatable = false, length = 64)
    private String remoteAddress;

    @Column(name = "user_agent", updatable = false, length = 200)
    private String userAgent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ProcessingStatus status;

    @Column(length = OUTCOME_MAX)
    private String outcome;

    @Column(name = "processed_at")
    private Instant processedAt;

    @Column(name = "replay_count", nullable = false)
    private int replayCount;

    @Version
    private long version;

    protected WebhookEvent() {
        // for JPA
    }

    /**
     * A webhook as it arrived. Parses the body only to learn what it is about; the body is
     * kept exactly as sent.
     */
    public static WebhookEvent received(Instant at, String deliveryId, String rawBody, String remoteAddress,
                                        String userAgent) {
        return received(at, "dgs", deliveryId, null, rawBody, remoteAddress, userAgent);
    }

    /**
     * A webhook from gateway account {@code gateway}. {@code eventId}, when the gateway gives
     * one that stays the same across its retries (Rwanda Pay), is what makes two deliveries the
     * same event; otherwise their content does.
     */
    public static WebhookEvent received(Instant at, String gateway, String deliveryId, String eventId, String rawBody,
                                        String remoteAddress, String userAgent) {
        WebhookEvent w = new WebhookEvent();
        w.gateway = Objects.requireNonNull(gateway);
        w.receivedAt = Objects.requireNonNull(at);
        w.deliveryId = clip(deliveryId, 100);
        w.rawBody = rawBody == null ? "" : rawBody;
        w.remoteAddress = clip(remoteAddress, 64);
        w.userAgent = clip(userAgent, 200);
        Optional<JsonObject> payload = parse(w.rawBody);
        if (payload.isEmpty()) {
            w.status = ProcessingStatus.MALFORMED;
            w.outcome = "not a JSON object";
            w.processedAt = at;
            return w;
        }
        GatewayEvent view = new GatewayEvent(0, payload.get(), false);
        w.event = clip(view.event(), 64);
        w.reference = clip(view.reference(), 100);
        w.gatewayStatus = clip(view.status(), 32);
        w.transactionId = clip(view.transactionId(), 100);
        JsonObject fields = GatewayEvent.fields(payload.get());
        w.amount = number(fields, "amount");
        w.fee = number(fields, "fee");
        String currency = fields.get("currency") instanceof JsonString s ? s.getString().trim() : null;
        w.currency = currency != null && currency.length() == 3 ? currency.toUpperCase(Locale.ROOT) : null;
        w.dedupeKey = (eventId == null || eventId.isBlank() ? DedupeKey.of(payload.get()) : DedupeKey.ofEventId(gateway, eventId)).value();
        w.status = ProcessingStatus.RECEIVED;
        return w;
    }

    /** The body as a JSON object, or empty when it is not one. */
    public static Optional<JsonObject> parse(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try (JsonReader reader = JSON.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT ? Optional.of(value.asJsonObject()) : Optional.empty();
        } catch (JsonException | IllegalStateException notJson) {
            return Optional.empty();
        }
    }

    /** The same event was received before (event {@code firstId}); this one has no effect. */
    public void duplicateOf(long firstId, Instant at) {
        status = ProcessingStatus.DUPLICATE;
        outcome = "duplicate of #" + firstId + ": no effect";
        processedAt = at;
    }

    /** The observers ran; what they did, or that nothing in PayDesk matched. */
    public void processed(List<String> effects, Instant at) {
        status = ProcessingStatus.PROCESSED;
        outcome = clip(effects.isEmpty() ? "no record matched" : String.join("; ", effects), OUTCOME_MAX);
        processedAt = at;
    }

    /** An observer failed; its work was rolled back. */
    public void failed(String error, Instant at) {
        status = ProcessingStatus.FAILED;
        outcome = clip("failed: " + (error == null || error.isBlank() ? "unknown error" : error), OUTCOME_MAX);
        processedAt = at;
    }

    /** An administrator asked to process the event again. */
    public void replayed() {
        if (status == ProcessingStatus.MALFORMED) {
            throw new WebhookException("Event #" + id + " is not a JSON object, so there is nothing to replay.");
        }
        replayCount++;
    }

    /** The gateway event observers receive, or empty for a malformed body. */
    public Optional<GatewayEvent> toGatewayEvent(boolean replay) {
        long inboxId = id == null ? 0 : id;
        return parse(rawBody).map(payload -> new GatewayEvent(inboxId, payload, replay));
    }

    /** A JSON number or numeric string that fits the column, else null. */
    static BigDecimal number(JsonObject payload, String field) {
        JsonValue value = payload.get(field);
        BigDecimal n = null;
        try {
            if (value instanceof JsonNumber num) {
                n = num.bigDecimalValue();
            } else if (value instanceof JsonString str) {
                n = new BigDecimal(str.getString().trim());
            }
        } catch (NumberFormatException | ArithmeticException notANumber) {
            return null;
        }
        return n != null && n.abs().compareTo(AMOUNT_LIMIT) < 0 && n.scale() <= 4 ? n : null;
    }

    public BigDecimal amount() {
        return amount;
    }

    public BigDecimal fee() {
        return fee;
    }

    public String currency() {
        return currency;
    }

    private static String clip(String value, int max) {
        if (value == null) {
            return null;
        }
        String printable = value.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= max ? printable : printable.substring(0, max - 1) + "…";
    }

    public Long id() {
        return id;
    }

    public String gateway() {
        return gateway;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String deliveryId() {
        return deliveryId;
    }

    public String event() {
        return event;
    }

    public String reference() {
        return reference;
    }

    public String gatewayStatus() {
        return gatewayStatus;
    }

    public String transactionId() {
        return transactionId;
    }

    public String dedupeKey() {
        return dedupeKey;
    }

    public String rawBody() {
        return rawBody;
    }

    public String remoteAddress() {
        return remoteAddress;
    }

    public String userAgent() {
        return userAgent;
    }

    public ProcessingStatus status() {
        return status;
    }

    public String outcome() {
        return outcome;
    }

    public Instant processedAt() {
        return processedAt;
    }

    public int replayCount() {
        return replayCount;
    }

    public boolean replayable() {
        return status != ProcessingStatus.MALFORMED && status != ProcessingStatus.RECEIVED;
    }
}
