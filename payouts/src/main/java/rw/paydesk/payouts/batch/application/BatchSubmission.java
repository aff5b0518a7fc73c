package rw.paydesk.payouts.batch.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import rw.paydesk.core.gateway.GatewayTransaction;
import rw.paydesk.core.gateway.PaymentGateway;
import rw.paydesk.core.gateway.PayoutInstruction;
import rw.paydesk.core.party.Reference;
import rw.paydesk.payouts.batch.domain.BatchRow;
import rw.paydesk.payouts.batch.domain.BatchRowStatus;
import rw.paydesk.payouts.request.domain.PayoutException;
import rw.paydesk.payouts.submission.GatewaySends;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends an approved batch to the gateway row by row, in the background, each row exactly
 * once per reference, with the rules of single payouts:
 * <ul>
 * <li>A row is claimed (PENDING → SENDING by a conditional update, committed with its
 * reference) before the call, so two nodes or two threads never send the same row.</li>
 * <li>{@code NEW} makes it SUBMITTED; a refusal (insufficient balance, limits, a bad account)
 * makes that row FAILED with the gateway's reason and the others go on; a time-out or 5xx
 * makes it UNKNOWN, which only a status query or webhook settles.</li>
 * <li>{@code duplicate_reference} makes PayDesk look the row up instead.</li>
 * <li>A row left SENDING (a crash mid-call, the gateway unreachable) is first looked up at the
 * gateway and sent again with the same reference only if the gateway has never seen it.</li>
 * </ul>
 * Runs outside transactions: each step commits through {@link BatchRecords}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchSubmission {

    private static final Logger LOG = Logger.getLogger(BatchSubmission.class.getName());
    private static final int PAGE = 200;

    @Inject
    BatchRecords records;

    @Inject
    PaymentGateway gateway;

    @Inject
    SendingNow sendingNow;

    /** Sends the batch's unsent rows on a container thread; returns at once. */
    @Asynchronous
    public void start(long batchId) {
        run(batchId);
    }

    /**
     * Starts sending an approved batch (after the last check of its content) and sends every
     * row still PENDING, then finishes the batch if every row has its outcome. Does nothing if
     * this node is already sending it.
     */
    public void run(long batchId) {
        if (!sendingNow.begin(batchId)) {
            return;
        }
        try {
            boolean sending;
            try {
                sending = records.startSending(batchId);
            } catch (PayoutException e) {
                records.refused(batchId, "system", "sending", e.refusal() + ": " + e.getMessage());
                return;
            }
            if (!sending) {
                return;
            }
            Set<Long> tried = new HashSet<>();
            while (true) {
                List<Long> ids = records.pendingRows(batchId, PAGE);
                if (ids.isEmpty() || tried.containsAll(ids)) {
                    break;
                }
                for (Long id : ids) {
                    if (tried.add(id)) {
                        sendRow(id);
                    }
                }
            }
            records.finishIfDone(batchId);
        } finally {
            sendingNow.end(batchId);
        }
    }

    private void sendRow(long rowId) {
        try {
            records.claim(rowId).ifPresent(this::send);
        } catch (RuntimeException e) {
            // one row's trouble must not stop the others; a row left SENDING is looked up by the sweep
            LOG.log(Level.WARNING, "batch row " + rowId + ": " + e.getMessage(), e);
        }
    }

    /** A row SENDING for too long: settled by what the gateway knows, resent only if it knows nothing. */
    public void recover(long rowId) {
        Optional<BatchRow> row = records.findRow(rowId);
        if (row.isEmpty() || row.get().status() != BatchRowStatus.SENDING) {
            return;
        }
        String reference = row.get().reference().value();
        Optional<GatewayTransaction> known;
        try {
            known = gateway.transactionStatus(new Reference(reference));
        } catch (RuntimeException e) {
            LOG.info(() -> "batch row " + reference + " still SENDING; its status could not be read: " + e.getMessage());
            return;
        }
        if (known.isPresent()) {
            records.adopt(reference, known.get(), "found at the gateway after an interrupted submission");
            return;
        }
        records.reclaim(rowId, row.get().updatedAt(), "the gateway has no payout under this reference")
                .ifPresent(this::send);
    }

    /** Asks the gateway about an UNKNOWN row, or one whose webhook has not come. Never sends. */
    public void check(long rowId) {
        Optional<BatchRow> row = records.findRow(rowId);
        if (row.isEmpty()) {
            return;
        }
        GatewaySends.check(gateway, records, row.get().reference().value());
    }

    private void send(PayoutInstruction instruction) {
        GatewaySends.send(gateway, records, instruction);
    }
}
