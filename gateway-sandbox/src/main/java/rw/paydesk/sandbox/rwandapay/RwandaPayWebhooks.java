package rw.paydesk.sandbox.rwandapay;

import static rw.paydesk.sandbox.api.Jsons.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import rw.paydesk.sandbox.webhook.Delivery;
import rw.paydesk.sandbox.webhook.WebhookHeaders;
import rw.paydesk.sandbox.webhook.Webhooks;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rwanda Pay's webhooks: {@code {"event": …, "data": {…}}} through the sandbox's outbox (so retries,
 * the log page and the control API's tricks apply), signed with {@code X-RwandaPay-Signature} and
 * carrying {@code X-RwandaPay-Event-Id}, the same on every retry.
 */
@ApplicationScoped
public class RwandaPayWebhooks implements WebhookHeaders {

    public static final String GATEWAY = "rwandapay";
    /** What the sandbox's webhook log shows as the account of these deliveries. */
    public static final String ACCOUNT = "rwandapay";
    public static final String EVENT_ID_HEADER = "X-RwandaPay-Event-Id";

    @Inject
    Webhooks outbox;

    @Inject
    RwandaPaySettings settings;

    /**
     * Queues an event in the caller's transaction, to {@code url} or else the configured default;
     * with neither, nothing is sent.
     */
    void send(Connection c, String event, String url, JsonObject data) throws SQLException {
        String target = url != null ? url : settings.webhookUrl().orElse(null);
        if (target == null) {
            return;
        }
        JsonObject payload = JSON.createObjectBuilder().add("event", event).add("data", data).build();
        outbox.enqueue(c, GATEWAY, RwandaPayIds.event(), ACCOUNT, null, event, target, payload);
    }

    @Override
    public String gateway() {
        return GATEWAY;
    }

    @Override
    public Map<String, String> headers(Delivery delivery, Instant sentAt) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("User-Agent", "RwandaPay-Sandbox/1");
        headers.put(EVENT_ID_HEADER, delivery.eventId());
        headers.put(WebhookSignature.HEADER, WebhookSignature.header(settings.webhookSecret(), sentAt.getEpochSecond(),
                delivery.payload()));
        return headers;
    }
}
