package rw.paydesk.core.withdrawal.application;

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
import rw.paydesk.core.withdrawal.domain.Withdrawal;
import rw.paydesk.core.withdrawal.domain.WithdrawalStatus;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Applies the gateway's withdrawal webhooks ({@code withdrawal.successful}, {@code withdrawal.failed})
 * to our withdrawals, forward only: a late, repeated or replayed event that would move one
 * backwards is noted and changes nothing.
 */
@Stateless
@PermitAll
public class WithdrawalWebhooks {

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public void onGatewayEvent(@Observes GatewayEvent event) {
        Optional<Withdrawal> found = find(event);
        if (found.isEmpty()) {
            return;
        }
        Withdrawal w = found.get();
        Optional<WithdrawalStatus> next = WithdrawalStatus.fromGateway(event.status());
        if (next.isEmpty()) {
            event.effect("withdrawal " + w.reference() + ": status '" + event.status() + "' not understood, left " + w.status());
            return;
        }
        Instant now = clock.instant();
        WithdrawalStatus before = w.status();
        var fields = GatewayEvent.fields(event.payload());
        w.noteGatewayDetails(event.transactionId().isEmpty() ? null : event.transactionId(), DgsWire.decimal(fields, "fee"), now);
        String reason = DgsWire.text(fields, "failure_reason");
        String message = next.get() == WithdrawalStatus.SUCCESSFUL ? "The money reached the merchant's wallet."
                : reason != null ? reason : DgsWire.text(fields, "message");
        if (w.advance(next.get(), null, message, now)) {
            event.effect("withdrawal " + w.reference() + ": " + before + " -> " + w.status());
            audit.recordAs(AuditTrail.GATEWAY, AuditAction.WITHDRAWAL_UPDATED, w.reference(),
                    before + " -> " + w.status() + " (webhook " + event.inboxId() + (event.replay() ? ", replayed" : "") + ")");
        } else {
            event.effect("ignored for withdrawal " + w.reference() + ": already " + before + ", would not move to " + next.get());
        }
    }

    /** By our reference (a gateway that echoes it), else by the gateway's own {@code WDR-…} reference. */
    private Optional<Withdrawal> find(GatewayEvent event) {
        Optional<Withdrawal> found = event.reference().isEmpty() ? Optional.empty()
                : em.createNamedQuery(Withdrawal.BY_REFERENCE, Withdrawal.class)
                .setParameter("reference", event.reference()).getResultStream().findFirst();
        for (String id : new String[] {event.transactionId(), event.reference()}) {
            if (found.isPresent() || id.isBlank()) {
                continue;
            }
            found = em.createNamedQuery(Withdrawal.BY_GATEWAY_REFERENCE, Withdrawal.class)
                    .setParameter("gatewayReference", id).getResultStream().findFirst();
        }
        return found;
    }
}
