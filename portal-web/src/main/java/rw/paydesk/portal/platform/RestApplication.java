package rw.paydesk.portal.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import rw.paydesk.portal.webhook.DgsWebhookResource;
import rw.paydesk.portal.webhook.RwandaPayWebhookResource;

import java.util.Set;

/**
 * The portal's HTTP API for machines, under {@code /api}: today the gateway's webhooks.
 * Resources are listed rather than scanned, so that no {@code @Path} interface in a module
 * jar (a REST client's, say) is ever published by accident. Each resource authenticates
 * its callers itself; web.xml opens only what a resource guards.
 */
@ApplicationPath("/api")
public class RestApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(DgsWebhookResource.class, RwandaPayWebhookResource.class);
    }
}
