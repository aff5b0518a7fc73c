package rw.paydesk.core.link.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import rw.paydesk.core.audit.application.AuditTrail;
import rw.paydesk.core.audit.domain.AuditAction;
import rw.paydesk.core.collection.domain.ChargeStatus;
import rw.paydesk.core.gateway.infrastructure.dgs.internal.DgsWire;
import rw.paydesk.core.link.domain.PaymentLink;
import rw.paydesk.core.webhook.domain.GatewayEvent;

import java.time.Clock;
import java.util.Optional;

/**
 * Marks a payment link paid when the gateway reports a successful payment made through it
 * (the link's token is in the payment's metadata). A failed attempt leaves the link open.
 */
@Stateless
@PermitAll
public class LinkWebhooks {

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public void onGatewayEvent(@Observes GatewayEvent event) {
        JsonObject metadata = DgsWire.object(event.payload(), "metadata");
        String token = DgsWire.text(metadata, "payment_link_token");
        if (token == null || token.isBlank()) {
            return;
        }
        Optional<PaymentLink> found = em.createNamedQuery(PaymentLink.BY_TOKEN, PaymentLink.class)
                .setParameter("token", token).getResultStream().findFirst();
        if (found.isEmpty()) {
            event.effect("payment link " + token + ": not one of ours");
            return;
        }
        PaymentLink link = found.get();
        Optional<ChargeStatus> status = ChargeStatus.fromGateway(event.status());
        if (status.orElse(null) != ChargeStatus.SUCCESSFUL) {
            event.effect("payment link " + token + ": a payment attempt " + event.status() + "; the link stays open");
            return;
        }
        JsonObject customer = DgsWire.object(event.payload(), "customer");
        String payer = customer == null ? null : DgsWire.text(customer, "name");
        if (link.paid(event.reference(), payer, clock.instant())) {
            event.effect("payment link " + token + ": PAID by " + event.reference());
            audit.recordAs(AuditTrail.GATEWAY, AuditAction.PAYMENT_LINK_PAID, token,
                    link.amount().format() + " by " + event.reference());
        } else {
            event.effect("ignored for payment link " + token + ": already paid by " + link.paidReference());
        }
    }
}
