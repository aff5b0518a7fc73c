package rw.paydesk.core.refund.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import rw.paydesk.core.audit.application.AuditTrail;
import rw.paydesk.core.audit.domain.AuditAction;
import rw.paydesk.core.gateway.GatewayAccount;
import rw.paydesk.core.gateway.infrastructure.dgs.internal.DgsWire;
import rw.paydesk.core.refund.domain.Refund;
import rw.paydesk.core.refund.domain.RefundStatus;
import rw.paydesk.core.webhook.domain.GatewayEvent;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/** Applies {@code refund.*} webhooks to our refunds, forward only. */
@Stateless
@PermitAll
public class RefundWebhooks {

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public void onGatewayEvent(@Observes GatewayEvent event) {
        if (!event.event().toLowerCase(Locale.ROOT).startsWith("refund.")) {
            return;
        }
        JsonObject data = GatewayEvent.fields(event.payload());
        Optional<Refund> found = Optional.empty();
        for (String id : new String[] {DgsWire.text(data, "refund_reference"), DgsWire.text(data, "reference")}) {
            if (found.isEmpty() && id != null && !id.isBlank()) {
                found = em.createNamedQuery(Refund.BY_GATEWAY_REFERENCE, Refund.class).setParameter("gateway", GatewayAccount.RWANDA_PAY)
                        .setParameter("id", id).getResultStream().findFirst()
                        .or(() -> em.createNamedQuery(Refund.BY_REFERENCE, Refund.class).setParameter("reference", id)
                                .getResultStream().findFirst());
            }
        }
        if (found.isEmpty()) {
            event.effect("refund webhook matched no refund");
            return;
        }
        Refund refund = found.get();
        Optional<RefundStatus> next = RefundStatus.fromGateway(event.status());
        RefundStatus before = refund.status();
        if (next.isPresent() && refund.settle(next.get(), null, next.get() == RefundStatus.SUCCESSFUL ? "Refunded" : "Refused",
                clock.instant())) {
            event.effect("refund " + refund.reference() + ": " + before + " -> " + refund.status());
            audit.recordAs(AuditTrail.GATEWAY, AuditAction.REFUND_UPDATED, refund.reference(),
                    before + " -> " + refund.status() + " (webhook " + event.inboxId() + ")");
        } else {
            event.effect("refund " + refund.reference() + ": already " + before);
        }
    }
}
