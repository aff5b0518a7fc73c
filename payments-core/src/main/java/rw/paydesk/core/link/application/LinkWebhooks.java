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
 * Marks a payment link paid when the gateway reports a successful payment made through it:
 * a DGS-Pay link by the token in the payment's metadata (a failed attempt leaves it open), a
 * checkout session by our reference, the payment's merchant reference (its one attempt failing
 * closes it). Forward only: a paid link stays paid whatever arrives later.
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
        Optional<PaymentLink> checkout = event.reference().isEmpty() || !event.event().startsWith("payment.")
                ? Optional.empty()
                : em.createNamedQuery(PaymentLink.BY_REFERENCE, PaymentLink.class)
                .setParameter("reference", event.reference()).getResultStream().findFirst();
        if (checkout.isPresent()) {
            onCheckoutPayment(event, checkout.get());
            return;
        }
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

    private void onCheckoutPayment(GatewayEvent event, PaymentLink link) {
        String name = "payment link " + link.reference();
        JsonObject data = GatewayEvent.fields(event.payload());
        Optional<ChargeStatus> status = ChargeStatus.fromGateway(event.status());
        if (status.orElse(null) == ChargeStatus.FAILED) {
            String reason = DgsWire.text(data, "failure_reason");
            if (link.paymentFailed(reason)) {
                event.effect(name + ": the customer's payment " + event.transactionId() + " failed"
                        + (reason == null ? "" : " (" + reason + ")") + "; the checkout session is closed");
            } else {
                event.effect("ignored for " + name + ": a failed payment " + event.transactionId() + ", the link is "
                        + link.status());
            }
            return;
        }
        if (status.orElse(null) != ChargeStatus.SUCCESSFUL) {
            event.effect(name + ": payment status '" + event.status() + "' changes nothing");
            return;
        }
        String gatewayReference = event.transactionId().isEmpty() ? null : event.transactionId();
        if (link.paid(gatewayReference, payer(data), DgsWire.decimal(data, "amount"), DgsWire.decimal(data, "fee"),
                clock.instant())) {
            event.effect(name + ": PAID by " + gatewayReference);
            audit.recordAs(AuditTrail.GATEWAY, AuditAction.PAYMENT_LINK_PAID, link.token(),
                    link.amount().format() + " by " + gatewayReference + " (" + link.gateway() + " checkout "
                            + link.reference() + ")");
        } else {
            event.effect("ignored for " + name + ": already paid by " + link.paidReference());
        }
    }

    /** The customer's name where the gateway has it, else the phone number that paid. */
    private static String payer(JsonObject data) {
        JsonObject customer = DgsWire.object(data, "customer");
        String name = customer == null ? null : DgsWire.text(customer, "name");
        if (name != null && !name.isBlank()) {
            return name;
        }
        String phone = customer == null ? null : DgsWire.text(customer, "phone");
        return phone != null && !phone.isBlank() ? phone : DgsWire.text(data, "customer_phone");
    }
}
