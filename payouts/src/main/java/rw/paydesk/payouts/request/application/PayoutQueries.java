package rw.paydesk.payouts.request.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import rw.paydesk.core.audit.domain.AuditEvent;
import rw.paydesk.core.identity.domain.Role;
import rw.paydesk.payouts.request.domain.Payout;
import rw.paydesk.payouts.request.domain.PayoutStatus;

import java.util.List;
import java.util.Optional;

/** Payouts as the pages list them. */
@Stateless
@RolesAllowed({Role.MAKER_NAME, Role.APPROVER_NAME, Role.VIEWER_NAME})
public class PayoutQueries {

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    public Optional<Payout> byId(long id) {
        return Optional.ofNullable(em.find(Payout.class, id));
    }

    /** The approvers' queue, oldest first. */
    public List<Payout> awaitingApproval() {
        return em.createNamedQuery(Payout.BY_STATUS, Payout.class)
                .setParameter("statuses", List.of(PayoutStatus.AWAITING_APPROVAL)).getResultList();
    }

    /** The count on the approvers' badge. */
    public long awaitingApprovalCount() {
        return em.createNamedQuery(Payout.COUNT_BY_STATUS, Long.class)
                .setParameter("statuses", List.of(PayoutStatus.AWAITING_APPROVAL)).getSingleResult();
    }

    /** Everything audited about a payout, oldest first: requests, approvals, sends, the gateway's answers. */
    public List<AuditEvent> history(Payout payout) {
        return em.createQuery("select e from AuditEvent e where e.target = :target order by e.occurredAt, e.id",
                AuditEvent.class).setParameter("target", payout.reference().value()).getResultList();
    }

    public List<Payout> recent(int max) {
        return em.createNamedQuery(Payout.RECENT, Payout.class).setMaxResults(max).getResultList();
    }
}
