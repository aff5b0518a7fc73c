package rw.paydesk.portal.webhook;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import rw.paydesk.core.gateway.GatewayAccount;
import rw.paydesk.core.webhook.application.WebhookInbox;
import rw.paydesk.core.webhook.application.WebhookSettings;

import java.time.Clock;

/**
 * {@code POST /api/webhooks/rwandapay}: where Rwanda Pay reports payments, refunds and
 * withdrawals. The HMAC signature in {@code X-RwandaPay-Signature}, over the raw body, is the
 * only authentication (web.xml leaves the path open); the current and the previous secret are
 * both accepted while the secret is rotated. {@code X-RwandaPay-Event-Id} stays the same on
 * every retry of an event, so it is what makes a retry a duplicate.
 */
@Path("webhooks/rwandapay")
@RequestScoped
public class RwandaPayWebhookResource {

    static final String SIGNATURE_HEADER = "X-RwandaPay-Signature";
    static final String EVENT_HEADER = "X-RwandaPay-Event-Id";

    @Inject
    WebhookSettings settings;

    @Inject
    WebhookInbox inbox;

    @Inject
    WebhookIntake intake;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response receive(@HeaderParam(SIGNATURE_HEADER) String signature, @HeaderParam(EVENT_HEADER) String eventId,
                            @HeaderParam("User-Agent") String userAgent, byte[] body) {
        String refusal = settings.rwandaPay().refusal(signature, body, clock.instant());
        if (refusal != null) {
            inbox.reject("Rwanda Pay: " + refusal, eventId);
            return WebhookIntake.answer(Response.Status.UNAUTHORIZED, "error", "Unauthorized");
        }
        return intake.take(eventId, eventId, GatewayAccount.RWANDA_PAY, userAgent, body);
    }
}
