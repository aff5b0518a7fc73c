package rw.paydesk.core.ledger.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import rw.paydesk.core.audit.domain.AuditEvent;
import rw.paydesk.core.identity.domain.Role;
import rw.paydesk.core.ledger.domain.LedgerEntry;
import rw.paydesk.core.ledger.domain.LedgerFilter;
import rw.paydesk.core.ledger.domain.LedgerSort;
import rw.paydesk.core.ledger.domain.TimelineItem;
import rw.paydesk.core.platform.LikePattern;
import rw.paydesk.core.webhook.domain.WebhookEvent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Searches the ledger a page at a time (the database pages and sorts), and tells a movement's
 * story. Everyone who works with money may read it.
 */
@Stateless
@RolesAllowed({Role.MAKER_NAME, Role.APPROVER_NAME, Role.VIEWER_NAME})
public class LedgerQueries {

    /** The most rows one call hands out. */
    public static final int MAX_PAGE = 1_000;

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    public List<LedgerEntry> page(LedgerFilter filter, LedgerSort sort, int first, int size) {
        return page(em, filter, sort, first, size);
    }

    public long count(LedgerFilter filter) {
        return count(em, filter);
    }

    public Optional<LedgerEntry> byReference(String reference) {
        return em.createNamedQuery(LedgerEntry.BY_REFERENCE, LedgerEntry.class).setParameter("reference", reference)
                .getResultStream().findFirst();
    }

    /**
     * The whole story of a movement, oldest first: PayDesk's own steps (our request, the
     * gateway's answers as we recorded them, status checks), every webhook about it, and what
     * the gateway's list says now.
     */
    public List<TimelineItem> timeline(String reference) {
        List<TimelineItem> items = new ArrayList<>();
        em.createQuery("select a from AuditEvent a where a.target = :reference order by a.occurredAt, a.id", AuditEvent.class)
                .setParameter("reference", reference).getResultList()
                .forEach(a -> items.add(new TimelineItem(a.occurredAt(), TimelineItem.Source.PAYDESK,
                        a.action().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT), a.detail(), a.actor())));
        em.createQuery("select w from WebhookEvent w where w.reference = :reference order by w.receivedAt, w.id", WebhookEvent.class)
                .setParameter("reference", reference).getResultList()
                .forEach(w -> items.add(new TimelineItem(w.receivedAt(), TimelineItem.Source.WEBHOOK,
                        (w.event() == null ? "webhook" : w.event()) + (w.gatewayStatus() == null ? "" : ": " + w.gatewayStatus()),
                        w.status() + (w.outcome() == null ? "" : " — " + w.outcome()), null)));
        byReference(reference).filter(LedgerEntry::knownAtGateway).ifPresent(e -> items.add(new TimelineItem(
                e.syncedAt(), TimelineItem.Source.GATEWAY_LIST, "gateway's list: " + e.gatewayStatus(),
                "id " + e.gatewayId() + (e.gatewayTransactionId() == null ? "" : ", transaction " + e.gatewayTransactionId())
                        + (e.gatewayReason() == null ? "" : ", " + e.gatewayReason()), null)));
        items.sort(Comparator.comparing(TimelineItem::at));
        return items;
    }

    /** The query itself, shared with the benchmark and the persistence test. */
    public static List<LedgerEntry> page(EntityManager em, LedgerFilter filter, LedgerSort sort, int first, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<LedgerEntry> cq = cb.createQuery(LedgerEntry.class);
        Root<LedgerEntry> entry = cq.from(LedgerEntry.class);
        Path<Object> column = entry.get(sort.column().attribute());
        Order primary = sort.ascending() ? cb.asc(column) : cb.desc(column);
        Order tie = sort.ascending() ? cb.asc(entry.get("id")) : cb.desc(entry.get("id"));
        cq.where(predicates(cb, entry, filter)).orderBy(primary, tie);
        TypedQuery<LedgerEntry> q = em.createQuery(cq);
        q.setFirstResult(Math.max(0, first));
        q.setMaxResults(Math.max(1, Math.min(size, MAX_PAGE)));
        return q.getResultList();
    }

    public static long count(EntityManager em, LedgerFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> cq = cb.createQuery(Long.class);
        Root<LedgerEntry> entry = cq.from(LedgerEntry.class);
        cq.select(cb.count(entry)).where(predicates(cb, entry, filter));
        return em.createQuery(cq).getSingleResult();
    }

    private static Predicate[] predicates(CriteriaBuilder cb, Root<LedgerEntry> e, LedgerFilter f) {
        List<Predicate> where = new ArrayList<>();
        if (f.from() != null) {
            where.add(cb.greaterThanOrEqualTo(e.get("createdAt"), f.from()));
        }
        if (f.to() != null) {
            where.add(cb.lessThan(e.get("createdAt"), f.to()));
        }
        if (f.direction() != null) {
            where.add(cb.equal(e.get("direction"), f.direction()));
        }
        if (f.status() != null) {
            where.add(cb.equal(e.get("status"), f.status()));
        }
        if (f.currency() != null) {
            where.add(cb.equal(e.get("currency"), f.currency()));
        }
        if (f.provider() != null) {
            // as typed, in capitals or in small letters: an IN list keeps the provider index usable
            String p = f.provider();
            where.add(e.get("provider").in(new java.util.LinkedHashSet<>(List.of(p, p.toUpperCase(java.util.Locale.ROOT),
                    p.toLowerCase(java.util.Locale.ROOT)))));
        }
        if (f.reference() != null) {
            where.add(cb.like(e.get("reference"), LikePattern.startingWith(f.reference()), LikePattern.ESCAPE));
        }
        if (f.phone() != null) {
            String national = f.nationalPhone();
            where.add(national.equals(f.phone())
                    ? cb.like(e.get("party"), LikePattern.startingWith(national), LikePattern.ESCAPE)
                    : cb.or(cb.like(e.get("party"), LikePattern.startingWith(national), LikePattern.ESCAPE),
                    cb.like(e.get("party"), LikePattern.startingWith(f.phone()), LikePattern.ESCAPE)));
        }
        return where.toArray(Predicate[]::new);
    }
}
