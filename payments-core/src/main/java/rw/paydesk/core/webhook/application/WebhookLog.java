package rw.paydesk.core.webhook.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import rw.paydesk.core.audit.application.AuditTrail;
import rw.paydesk.core.audit.domain.AuditAction;
import rw.paydesk.core.identity.domain.Role;
import rw.paydesk.core.webhook.domain.ProcessingStatus;
import rw.paydesk.core.webhook.domain.WebhookEvent;
import rw.paydesk.core.webhook.domain.WebhookException;
import rw.paydesk.core.webhook.domain.WebhookQuery;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The webhook log for administrators: every stored event, newest first, and replaying one.
 * A replay is audited; it fires the event again marked as a replay, and the observers see to
 * it that nothing moves backwards.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class WebhookLog {

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    WebhookProcessor processor;

    public List<WebhookEvent> find(WebhookQuery query, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<WebhookEvent> cq = cb.createQuery(WebhookEvent.class);
        Root<WebhookEvent> event = cq.from(WebhookEvent.class);
        cq.where(predicates(cb, event, query)).orderBy(cb.desc(event.get("id")));
        TypedQuery<WebhookEvent> q = em.createQuery(cq);
        q.setFirstResult(Math.max(0, first));
        q.setMaxResults(Math.max(1, Math.min(max, 500)));
        return q.getResultList();
    }

    public long count(WebhookQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> cq = cb.createQuery(Long.class);
        Root<WebhookEvent> event = cq.from(WebhookEvent.class);
        cq.select(cb.count(event)).where(predicates(cb, event, query));
        return em.createQuery(cq).getSingleResult();
    }

    public WebhookEvent event(long id) {
        WebhookEvent event = em.find(WebhookEvent.class, id);
        if (event == null) {
            throw new WebhookException("There is no webhook event #" + id + ".");
        }
        return event;
    }

    /**
     * Processes a stored event again and returns it as it is afterwards. Not in the caller's
     * transaction: the audit line stays even when the observers fail.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public WebhookEvent replay(long id) {
        WebhookEvent before = event(id);
        if (!before.replayable()) {
            throw new WebhookException(before.status() == ProcessingStatus.RECEIVED
                    ? "Event #" + id + " has not been processed yet."
                    : "Event #" + id + " is not a JSON object, so there is nothing to replay.");
        }
        audit.record(AuditAction.WEBHOOK_REPLAYED, "webhook #" + id,
                before.event() + " " + before.reference() + " " + before.gatewayStatus() + " (was " + before.status() + ")");
        processor.process(id, true);
        return event(id);
    }

    private static Predicate[] predicates(CriteriaBuilder cb, Root<WebhookEvent> event, WebhookQuery query) {
        List<Predicate> where = new ArrayList<>();
        if (query.status() != null) {
            where.add(cb.equal(event.get("status"), query.status()));
        }
        if (query.reference() != null) {
            String like = "%" + query.reference().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.add(cb.like(cb.lower(event.get("reference")), like, '\\'));
        }
        return where.toArray(Predicate[]::new);
    }
}
