package rw.paydesk.core.collection.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import rw.paydesk.core.audit.application.AuditTrail;
import rw.paydesk.core.audit.domain.AuditAction;
import rw.paydesk.core.collection.domain.Charge;
import rw.paydesk.core.gateway.GatewayAccount;
import rw.paydesk.core.collection.domain.ChargeStatus;
import rw.paydesk.core.gateway.infrastructure.dgs.internal.DgsWire;
import rw.paydesk.core.webhook.domain.GatewayEvent;

import java.time.Clock;
import java.util.Optional;

/**
 * Applies the gateway's collection webhooks to our charges, forward only: a late, repeated
 * or replayed event that would move a charge backwards is noted and changes nothing.
 */
@Stateless
@PermitAll
public class ChargeWebhooks {

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public void onGatewayEvent(@Observes GatewayEvent event) {
        if ("disbursement".equalsIgnoreCase(DgsWire.text(event.payload(), "direction"))) {
            return;
        }
        Optional<Charge> found = find(event);
        if (found.isEmpty()) {
            return;
        }
        Charge charge = found.get();
        Optional<ChargeStatus> next = ChargeStatus.fromGateway(event.status());
        if (next.isEmpty()) {
            event.effect("charge " + charge.reference() + ": status '" + event.status() + "' not understood, left "
                    + charge.status());
            return;
        }
        ChargeStatus before = charge.status();
        charge.noteGatewayDetails(event.transactionId().isEmpty() ? null : event.transactionId(),
                DgsWire.decimal(event.payload(), "fee"), null);
        jakarta.json.JsonObject fields = GatewayEvent.fields(event.payload());
        String reason = firstText(fields, "reason", "failure_reason", "message");
        if (reason == null && next.get().isFinal()) {
            reason = next.get() == ChargeStatus.SUCCESSFUL ? "Paid" : "Failed";
        }
        if (charge.advance(next.get(), null, reason, clock.instant())) {
            event.effect("charge " + charge.reference() + ": " + before + " -> " + charge.status());
            audit.recordAs(AuditTrail.GATEWAY, AuditAction.CHARGE_UPDATED, charge.reference(),
                    before + " -> " + charge.status() + " (webhook " + event.inboxId() + (event.replay() ? ", replayed" : "") + ")");
        } else {
            event.effect("ignored for charge " + charge.reference() + ": already " + before + ", would not move to "
                    + next.get());
        }
    }

    /**
     * By our reference; failing that, by the gateway's own reference or transaction id, for
     * charges made through an API that took none of ours (DGS-Pay charges).
     */
    private Optional<Charge> find(GatewayEvent event) {
        Optional<Charge> found = event.reference().isEmpty() ? Optional.empty()
                : em.createNamedQuery(Charge.BY_REFERENCE, Charge.class)
                .setParameter("reference", event.reference()).getResultStream().findFirst();
        for (String id : new String[] {DgsWire.text(event.payload(), "dgs_reference"), event.transactionId(), event.reference()}) {
            if (found.isPresent() || id == null || id.isBlank()) {
                continue;
            }
            found = em.createNamedQuery(Charge.BY_GATEWAY_TRANSACTION, Charge.class)
                    .setParameter("gateway", GatewayAccount.DGS_CHARGES).setParameter("id", id)
                    .getResultStream().findFirst();
        }
        return found;
    }

    private static String firstText(jakarta.json.JsonObject fields, String... names) {
        for (String name : names) {
            String value = DgsWire.text(fields, name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
