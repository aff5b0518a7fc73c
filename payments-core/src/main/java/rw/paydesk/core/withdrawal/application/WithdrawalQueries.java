package rw.paydesk.core.withdrawal.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import rw.paydesk.core.identity.domain.Role;
import rw.paydesk.core.withdrawal.domain.Withdrawal;

import java.util.List;
import java.util.Optional;

/** The withdrawals page's reads: approvers (who withdraw) and viewers (who watch). */
@Stateless
@RolesAllowed({Role.APPROVER_NAME, Role.VIEWER_NAME})
public class WithdrawalQueries {

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    public List<Withdrawal> recent(int max) {
        return em.createNamedQuery(Withdrawal.RECENT, Withdrawal.class).setMaxResults(max).getResultList();
    }

    public Optional<Withdrawal> byReference(String reference) {
        return em.createNamedQuery(Withdrawal.BY_REFERENCE, Withdrawal.class).setParameter("reference", reference)
                .getResultStream().findFirst();
    }
}
