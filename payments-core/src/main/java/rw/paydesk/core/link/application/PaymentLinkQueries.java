package rw.paydesk.core.link.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import rw.paydesk.core.identity.domain.Role;
import rw.paydesk.core.link.domain.PaymentLink;

import java.util.List;
import java.util.Optional;

/** Reading payment links, for everyone who works with money. */
@Stateless
@RolesAllowed({Role.MAKER_NAME, Role.APPROVER_NAME, Role.VIEWER_NAME})
public class PaymentLinkQueries {

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    public List<PaymentLink> recent(int max) {
        return em.createNamedQuery(PaymentLink.RECENT, PaymentLink.class).setMaxResults(Math.min(max, 500))
                .getResultList();
    }

    public Optional<PaymentLink> byId(long id) {
        return Optional.ofNullable(em.find(PaymentLink.class, id));
    }
}
