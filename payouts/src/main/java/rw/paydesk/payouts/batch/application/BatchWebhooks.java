package rw.paydesk.payouts.batch.application;

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
import rw.paydesk.payouts.batch.domain.BatchRow;
import rw.paydesk.payouts.batch.domain.BatchRowStatus;

import java.time.Clock;
import java.util.Optional;

/**
 * Applies the gateway's payout webhooks to batch rows, matched by the row's reference (or
 * the transfer id of a {@code disbursement}), forward only: a late, repeated or replayed
 * event never moves a row back, and a webhook can settle an UNKNOWN row. The batch itself
 * is finished by {@link BatchSubmission} and the sweep, so that a webhook never races them.
 */
@Stateless
@PermitAll
public class BatchWebhooks {

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public void onGatewayEvent(@Observes GatewayEvent event) {
        Optional<BatchRow> found = find(event);
        if (found.isEmpty()) {
            return;
        }
        BatchRow row = found.get();
        String ref = row.reference().value();
        Optional<BatchRowStatus> next = BatchRowStatus.fromGateway(event.status());
        if (next.isEmpty()) {
            event.effect("batch row " + ref + ": status '" + event.status() + "' not understood, left " + row.status().label());
            return;
        }
        BatchRowStatus before = row.status();
        row.noteTransferId(event.transactionId().isEmpty() ? null : event.transactionId());
        row.noteGatewayDetails(null, DgsWire.decimal(event.payload(), "fee"));
        String reason = DgsWire.text(event.payload(), "reason");
        if (row.advance(next.get(), null, reason != null ? reason : DgsWire.text(event.payload(), "message"),
                clock.instant())) {
            if (row.status().isFinal()) {
                row.statusChecked(null, false);
                if (BatchRecords.finish(em, row.batchId(), clock.instant()) > 0) {
                    event.effect("batch of row " + ref + " finished: every row has its outcome");
                }
            }
            event.effect("batch row " + ref + ": " + before.label() + " -> " + row.status().label());
            if (row.status() == BatchRowStatus.FAILED || before == BatchRowStatus.UNKNOWN) {
                audit.recordAs(AuditTrail.GATEWAY, AuditAction.PAYOUT_BATCH_UPDATED, ref, "row " + row.line() + ": "
                        + before.label() + " -> " + row.status().label() + " (webhook " + event.inboxId()
                        + (event.replay() ? ", replayed" : "") + (reason == null ? "" : ": " + reason) + ")");
            }
        } else {
            event.effect("ignored for batch row " + ref + ": already " + before.label() + ", would not move to "
                    + next.get().label());
        }
    }

    private Optional<BatchRow> find(GatewayEvent event) {
        if (event.reference().startsWith(BatchRow.REFERENCE_PREFIX)) {
            Optional<BatchRow> byReference = em.createNamedQuery(BatchRow.BY_REFERENCE, BatchRow.class)
                    .setParameter("reference", event.reference()).setHint("eclipselink.refresh", "true")
                    .getResultStream().findFirst();
            if (byReference.isPresent()) {
                return byReference;
            }
        }
        if (!event.transactionId().isEmpty() && "disbursement".equalsIgnoreCase(DgsWire.text(event.payload(), "direction"))) {
            return em.createNamedQuery(BatchRow.BY_TRANSFER, BatchRow.class).setParameter("transferId", event.transactionId())
                    .setHint("eclipselink.refresh", "true").getResultStream().findFirst();
        }
        return Optional.empty();
    }
}
