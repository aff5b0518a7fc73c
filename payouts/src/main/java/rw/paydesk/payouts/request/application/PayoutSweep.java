package rw.paydesk.payouts.request.application;

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
import rw.paydesk.payouts.request.domain.PayoutStatus;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The payouts' clock (every {@code paydesk.payouts.sweep-interval}): expires payouts whose
 * approvals ran out, sends approved payouts that wait (for funds, after a restart, after the
 * gateway was unreachable), settles payouts left SUBMITTING by a crash, and asks the gateway
 * about UNKNOWN payouts and payouts whose webhook has not come, on a back-off schedule.
 *
 * <p>Safe with several nodes: claiming a payout for submission is an optimistic-locked
 * update, and a resend reuses the reference the gateway refuses twice.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PayoutSweep {

    private static final Logger LOG = Logger.getLogger(PayoutSweep.class.getName());

    @Resource
    TimerService timers;

    @Inject
    PayoutSettings settings;

    @Inject
    PayoutRecords records;

    @Inject
    PayoutSubmission submission;

    @Inject
    Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        long every = settings.sweepInterval().toMillis();
        timers.createIntervalTimer(Math.min(every, 5_000), every, new TimerConfig("payout sweep", false));
    }

    @Timeout
    void sweep() {
        if (!running.compareAndSet(false, true)) {
            return; // the previous sweep is still at work
        }
        try {
            Instant now = clock.instant();
            each(records.ids(PayoutStatus.AWAITING_APPROVAL), id -> records.expireIfDue(id));
            each(records.ids(PayoutStatus.APPROVED), submission::submit);
            each(records.staleSubmitting(now.minus(settings.resendAfter())), submission::recover);
            each(records.dueForCheck(now), submission::check);
        } finally {
            running.set(false);
        }
    }

    private static void each(Iterable<Long> ids, LongConsumer step) {
        for (Long id : ids) {
            try {
                step.accept(id);
            } catch (RuntimeException e) {
                // one payout's trouble must not stop the others; it is tried again next sweep
                LOG.log(Level.WARNING, "payout " + id + ": " + e.getMessage(), e);
            }
        }
    }
}
