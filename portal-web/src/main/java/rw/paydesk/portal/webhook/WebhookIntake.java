package rw.paydesk.portal.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import rw.paydesk.core.webhook.application.InboxUnavailable;
import rw.paydesk.core.webhook.application.IncomingWebhook;
import rw.paydesk.core.webhook.application.Receipt;
import rw.paydesk.core.webhook.application.WebhookInbox;
import rw.paydesk.core.webhook.application.WebhookProcessor;
import rw.paydesk.core.webhook.domain.WebhookEvent;

import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * What every webhook endpoint does once the sender is authenticated: refuse a body too large
 * to keep, store the delivery raw in the inbox, answer at once, and wake the processor.
 */
@ApplicationScoped
public class WebhookIntake {

    private static final Logger LOG = Logger.getLogger(WebhookIntake.class.getName());

    /** Looked up once rather than by {@code Json.create…} on every request. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    WebhookInbox inbox;

    @Inject
    WebhookProcessor processor;

    /** Takes an authenticated delivery of gateway account {@code gateway} in. */
    public Response take(String deliveryId, String eventId, String gateway, String userAgent, byte[] body) {
        // at most four UTF-8 bytes per character: a longer body need not even be decoded
        if (body != null && body.length > 4 * WebhookEvent.BODY_MAX) {
            return tooLarge(body.length + " bytes");
        }
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        if (text.length() > WebhookEvent.BODY_MAX) {
            return tooLarge(text.length() + " characters");
        }
        Receipt receipt;
        try {
            receipt = store(new IncomingWebhook(gateway, deliveryId, eventId, text, userAgent));
        } catch (InboxUnavailable notStored) {
            LOG.warning(notStored::getMessage);
            // not 2xx, so the gateway delivers it again later
            return answer(Response.Status.SERVICE_UNAVAILABLE, "error", "Not stored, please deliver again");
        }
        return switch (receipt.status()) {
            case MALFORMED -> answer(Response.Status.BAD_REQUEST, "error", "The body is not a JSON object", receipt);
            case DUPLICATE -> answer(Response.Status.OK, "duplicate", "Already received", receipt);
            default -> {
                processor.wake();
                yield answer(Response.Status.OK, "received", "Received", receipt);
            }
        };
    }

    /**
     * Stores the delivery, trying a second time if the insert fails: under concurrent inserts
     * the embedded H2 now and then hands out an identity value twice (seen at 200 webhooks/s;
     * the sandbox met the same). The failed attempt rolled back, so nothing is stored twice.
     */
    private Receipt store(IncomingWebhook incoming) {
        try {
            return inbox.receive(incoming);
        } catch (InboxUnavailable firstTry) {
            LOG.warning(() -> firstTry.getMessage() + "; trying once more");
            return inbox.receive(incoming);
        }
    }

    private static Response tooLarge(String size) {
        LOG.warning(() -> "Refused a webhook of " + size + " (at most " + WebhookEvent.BODY_MAX + " characters are kept)");
        return answer(Response.Status.REQUEST_ENTITY_TOO_LARGE, "error", "Body too large");
    }

    static Response answer(Response.Status status, String outcome, String message) {
        return answer(status, outcome, message, null);
    }

    private static Response answer(Response.Status status, String outcome, String message, Receipt receipt) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("status", outcome).add("message", message);
        if (receipt != null) {
            json.add("id", receipt.id());
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store")
                .entity(json.build().toString()).build();
    }
}
