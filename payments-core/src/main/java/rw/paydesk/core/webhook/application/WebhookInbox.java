package rw.paydesk.core.webhook.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import rw.paydesk.core.audit.application.AuditTrail;
import rw.paydesk.core.audit.application.RequestOrigin;
import rw.paydesk.core.audit.domain.AuditAction;
import rw.paydesk.core.webhook.domain.ProcessingStatus;
import rw.paydesk.core.webhook.domain.WebhookEvent;

import java.time.Clock;
import java.util.logging.Logger;

/**
 * The front door of the inbox. An authenticated delivery is stored before anything else, in
 * a transaction of its own, so that it is kept even if processing fails later; a refused one
 * is audited. The gateway is the caller, not a user: no role is required (the shared secret
 * was checked by the endpoint).
 */
@Stateless
@PermitAll
public class WebhookInbox {

    /** The actor the audit log names for webhook deliveries. */
    public static final String ACTOR = "gateway-webhook";

    private static final Logger LOG = Logger.getLogger(WebhookInbox.class.getName());

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    RequestOrigin origin;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Receipt receive(IncomingWebhook incoming) {
        WebhookEvent event = WebhookEvent.received(clock.instant(), incoming.gateway(), incoming.deliveryId(),
                incoming.eventId(), incoming.body(), origin.remoteAddress(), incoming.userAgent());
        if (event.status() == ProcessingStatus.RECEIVED) {
            em.createNamedQuery(WebhookEvent.WITH_KEY, Long.class)
                    .setParameter("key", event.dedupeKey())
                    .setParameter("statuses", WebhookEvent.COUNTED)
                    .setMaxResults(1)
                    .getResultStream().findFirst()
                    .ifPresent(first -> event.duplicateOf(first, clock.instant()));
        }
        try {
            em.persist(event);
            em.flush();
        } catch (PersistenceException e) {
            throw new InboxUnavailable("the webhook could not be stored (" + rootCause(e) + ")");
        }
        return new Receipt(event.id(), event.status());
    }

    /** A delivery with a wrong or missing secret: logged and audited, never stored. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void reject(String reason, String deliveryId) {
        String from = origin.remoteAddress();
        String delivery = deliveryId == null ? "none" : printable(deliveryId);
        LOG.warning(() -> "Refused a webhook from " + from + ": " + reason + " (delivery id " + delivery + ")");
        audit.recordAs(ACTOR, AuditAction.WEBHOOK_REJECTED, "delivery " + delivery, reason);
    }

    private static String rootCause(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }

    /** Header values come from anyone: keep log lines on one line and short. */
    private static String printable(String s) {
        String cleaned = s.replaceAll("[^\\p{Print}]", "?");
        return cleaned.length() > 64 ? cleaned.substring(0, 64) : cleaned;
    }
}
