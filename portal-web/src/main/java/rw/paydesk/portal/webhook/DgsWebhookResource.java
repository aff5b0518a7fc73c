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
import rw.paydesk.core.webhook.application.WebhookInbox;
import rw.paydesk.core.webhook.application.WebhookSettings;


/**
 * {@code POST /api/webhooks/dgs}: where DGS-Pay reports the outcome of payments. The shared
 * secret in {@code DGS-Webhook-Secret} is the only authentication (web.xml leaves the path
 * open). An accepted delivery is stored raw first and answered at once; processing happens
 * afterwards, in arrival order, so the gateway never waits for PayDesk's own work.
 */
@Path("webhooks/dgs")
@RequestScoped
public class DgsWebhookResource {

    static final String SECRET_HEADER = "DGS-Webhook-Secret";
    static final String DELIVERY_HEADER = "DGS-Webhook-Id";

    @Inject
    WebhookSettings settings;

    @Inject
    WebhookInbox inbox;

    @Inject
    WebhookIntake intake;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response receive(@HeaderParam(SECRET_HEADER) String secret, @HeaderParam(DELIVERY_HEADER) String deliveryId,
                            @HeaderParam("User-Agent") String userAgent, byte[] body) {
        if (secret == null || secret.isEmpty()) {
            inbox.reject("missing " + SECRET_HEADER + " header", deliveryId);
            return WebhookIntake.answer(Response.Status.UNAUTHORIZED, "error", "Unauthorized");
        }
        if (!settings.secrets().accepts(secret)) {
            inbox.reject("wrong " + SECRET_HEADER, deliveryId);
            return WebhookIntake.answer(Response.Status.UNAUTHORIZED, "error", "Unauthorized");
        }
        return intake.take(deliveryId, null, "dgs", userAgent, body);
    }
}
