package rw.paydesk.payouts.batch.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import rw.paydesk.payouts.batch.domain.BatchStatus;
import rw.paydesk.payouts.request.application.PayoutSettings;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The batches' clock (every {@code paydesk.payouts.sweep-interval}): expires batches whose
 * approvals ran out, (re)starts sending approved batches and batches with unsent rows (after
 * a restart, or when the sender stopped), settles rows left SENDING by a crash or an
 * unreachable gateway (looked up first, resent with the same reference only if the gateway
 * never saw it), asks the gateway about UNKNOWN rows and rows whose webhook has not come,
 * and finishes batches whose every row has its outcome.
 *
 * <p>Safe with several nodes: each row is claimed by a conditional update, and the gateway
 * refuses a reference twice.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchSweep {

    private static final Logger LOG = Logger.getLogger(BatchSweep.class.getName());

    @Resource
    TimerService timers;

    @Inject
    PayoutSettings settings;

    @Inject
    BatchRecords records;

    @Inject
    BatchSubmission submission;

    @Inject
    SendingNow sendingNow;

    @Inject
    Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        long every = settings.sweepInterval().toMillis();
        timers.createIntervalTimer(Math.min(every, 5_000), every, new TimerConfig("payout batch sweep", false));
    }

    @Timeout
    void sweep() {
        if (!running.compareAndSet(false, true)) {
            return; // the previous sweep is still at work
        }
        try {
            Instant now = clock.instant();
            each(records.batchIds(BatchStatus.AWAITING_APPROVAL), records::expireIfDue);
            each(records.batchIds(BatchStatus.APPROVED, BatchStatus.SENDING), id -> {
                if (!sendingNow.contains(id) && records.hasPendingRows(id)) {
                    submission.start(id);
                }
            });
            each(records.staleSending(now.minus(settings.resendAfter())), submission::recover);
            each(records.dueForCheck(now), submission::check);
            each(records.batchIds(BatchStatus.SENDING), records::finishIfDone);
        } finally {
            running.set(false);
        }
    }

    private static void each(Iterable<Long> ids, LongConsumer step) {
        for (Long id : ids) {
            try {
                step.accept(id);
            } catch (RuntimeException e) {
                // one batch's or row's trouble must not stop the others; it is tried again next sweep
                LOG.log(Level.WARNING, "payout batch sweep, id " + id + ": " + e.getMessage(), e);
            }
        }
    }
}
