package rw.paydesk.core.collection.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import rw.paydesk.core.collection.domain.Charge;
import rw.paydesk.core.identity.domain.Role;

import java.util.List;
import java.util.Optional;

/** Reading charges, for everyone who works with money. */
@Stateless
@RolesAllowed({Role.MAKER_NAME, Role.APPROVER_NAME, Role.VIEWER_NAME})
public class ChargeQueries {

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    public List<Charge> recent(int max) {
        return em.createNamedQuery(Charge.RECENT, Charge.class).setMaxResults(Math.min(max, 500)).getResultList();
    }

    public Optional<Charge> byReference(String reference) {
        return em.createNamedQuery(Charge.BY_REFERENCE, Charge.class).setParameter("reference", reference)
                .getResultStream().findFirst();
    }
}
