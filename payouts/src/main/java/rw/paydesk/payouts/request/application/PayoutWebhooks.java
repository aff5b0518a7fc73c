package rw.paydesk.payouts.request.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import rw.paydesk.core.audit.application.AuditTrail;
import rw.paydesk.core.audit.domain.AuditAction;
import rw.paydesk.core.gateway.infrastructure.dgs.internal.DgsWire;
import rw.paydesk.core.webhook.domain.GatewayEvent;
import rw.paydesk.payouts.request.domain.Payout;
import rw.paydesk.payouts.request.domain.PayoutStatus;

import java.time.Clock;
import java.util.Optional;

/**
 * Applies the gateway's payout webhooks ({@code direction: disbursement}) to our payouts,
 * forward only: a late, repeated or replayed event never moves a payout back, and a webhook
 * can settle an UNKNOWN payout.
 */
@Stateless
@PermitAll
public class PayoutWebhooks {

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public void onGatewayEvent(@Observes GatewayEvent event) {
        Optional<Payout> found = find(event);
        if (found.isEmpty()) {
            return;
        }
        Payout payout = found.get();
        String ref = payout.reference().value();
        Optional<PayoutStatus> next = PayoutStatus.fromGateway(event.status());
        if (next.isEmpty()) {
            event.effect("payout " + ref + ": status '" + event.status() + "' not understood, left " + payout.status().label());
            return;
        }
        PayoutStatus before = payout.status();
        payout.noteTransferId(event.transactionId().isEmpty() ? null : event.transactionId());
        payout.noteGatewayDetails(null, DgsWire.decimal(event.payload(), "fee"));
        String reason = DgsWire.text(event.payload(), "reason");
        if (payout.advance(next.get(), null, reason != null ? reason : DgsWire.text(event.payload(), "message"),
                clock.instant())) {
            if (payout.status().isFinal()) {
                payout.statusChecked(null, false);
            }
            event.effect("payout " + ref + ": " + before.label() + " -> " + payout.status().label());
            audit.recordAs(AuditTrail.GATEWAY, AuditAction.PAYOUT_UPDATED, ref, before.label() + " -> "
                    + payout.status().label() + " (webhook " + event.inboxId() + (event.replay() ? ", replayed" : "")
                    + (reason == null ? "" : ": " + reason) + ")");
        } else {
            event.effect("ignored for payout " + ref + ": already " + before.label() + ", would not move to "
                    + next.get().label());
        }
    }

    private Optional<Payout> find(GatewayEvent event) {
        if (!event.reference().isEmpty()) {
            Optional<Payout> byReference = em.createNamedQuery(Payout.BY_REFERENCE, Payout.class)
                    .setParameter("reference", event.reference()).getResultStream().findFirst();
            if (byReference.isPresent()) {
                return byReference;
            }
        }
        if (!event.transactionId().isEmpty() && "disbursement".equalsIgnoreCase(DgsWire.text(event.payload(), "direction"))) {
            return em.createQuery("select p from Payout p where p.transferId = :id", Payout.class)
                    .setParameter("id", event.transactionId()).getResultStream().findFirst();
        }
        return Optional.empty();
    }
}
