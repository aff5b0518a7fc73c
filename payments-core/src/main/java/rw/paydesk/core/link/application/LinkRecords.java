package rw.paydesk.core.link.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import rw.paydesk.core.audit.application.AuditTrail;
import rw.paydesk.core.audit.domain.AuditAction;
import rw.paydesk.core.gateway.GatewayLink;
import rw.paydesk.core.link.domain.PaymentLink;

/** Each step of creating a link in a transaction of its own, around the gateway call. */
@Stateless
@PermitAll
public class LinkRecords {

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long store(PaymentLink link) {
        em.persist(link);
        em.flush();
        return link.id();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void created(long id, GatewayLink created) {
        PaymentLink link = em.find(PaymentLink.class, id);
        link.created(created.token(), created.url(), created.qrCodeUrl(), created.expiresAt());
        audit.record(AuditAction.PAYMENT_LINK_CREATED, created.token(), link.amount().format()
                + (link.orderId() == null ? "" : ", order " + link.orderId())
                + (link.isCheckoutSession() ? ", " + link.gateway() + " checkout " + link.reference() : ""));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(long id, String message) {
        em.find(PaymentLink.class, id).refused(message);
    }
}
