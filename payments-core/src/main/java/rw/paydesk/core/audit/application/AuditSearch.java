package rw.paydesk.core.audit.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import rw.paydesk.core.audit.domain.AuditEvent;
import rw.paydesk.core.audit.domain.AuditQuery;
import rw.paydesk.core.identity.domain.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Searches the audit log, newest first. Administrators only. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class AuditSearch {

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    public List<AuditEvent> find(AuditQuery query, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEvent> cq = cb.createQuery(AuditEvent.class);
        Root<AuditEvent> event = cq.from(AuditEvent.class);
        cq.where(predicates(cb, event, query)).orderBy(cb.desc(event.get("occurredAt")), cb.desc(event.get("id")));
        TypedQuery<AuditEvent> q = em.createQuery(cq);
        q.setFirstResult(Math.max(0, first));
        q.setMaxResults(Math.max(1, Math.min(max, 500)));
        return q.getResultList();
    }

    public long count(AuditQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> cq = cb.createQuery(Long.class);
        Root<AuditEvent> event = cq.from(AuditEvent.class);
        cq.select(cb.count(event)).where(predicates(cb, event, query));
        return em.createQuery(cq).getSingleResult();
    }

    private static Predicate[] predicates(CriteriaBuilder cb, Root<AuditEvent> event, AuditQuery query) {
        List<Predicate> where = new ArrayList<>();
        if (query.actor() != null) {
            where.add(cb.equal(cb.lower(event.get("actor")), query.actor().toLowerCase(Locale.ROOT)));
        }
        if (query.action() != null) {
            where.add(cb.equal(event.get("action"), query.action()));
        }
        if (query.text() != null) {
            String like = "%" + query.text().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.add(cb.or(
                    cb.like(cb.lower(event.get("target")), like, '\\'),
                    cb.like(cb.lower(event.get("detail")), like, '\\')));
        }
        if (query.from() != null) {
            where.add(cb.greaterThanOrEqualTo(event.get("occurredAt"), query.from()));
        }
        if (query.to() != null) {
            where.add(cb.lessThan(event.get("occurredAt"), query.to()));
        }
        return where.toArray(Predicate[]::new);
    }
}
