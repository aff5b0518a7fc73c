package rw.paydesk.core.reconciliation.application;

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

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The reconciliation timer ({@code paydesk.schedule.reconciliation}, every 5 minutes by
 * default). Every node schedules it; the database lease lets one node run each turn.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Reconciliation {

    static final String JOB = "reconciliation";
    private static final Logger LOG = Logger.getLogger(Reconciliation.class.getName());

    @Resource
    TimerService timers;

    @Inject
    ReconciliationSettings settings;

    @Inject
    JobLease lease;

    @Inject
    ChargeChecks charges;

    @Inject
    Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        long every = settings.interval().toMillis();
        timers.createIntervalTimer(Math.min(every, 10_000), every, new TimerConfig("reconciliation", false));
    }

    @Timeout
    void turn() {
        if (!running.compareAndSet(false, true)) {
            return; // the previous turn is still at work on this node
        }
        try {
            Instant now = clock.instant();
            // held a little shorter than the interval, so the next turn finds it free on whichever node
            if (!lease.acquire(JOB, now, settings.interval().multipliedBy(9).dividedBy(10))) {
                return;
            }
            int settled = charges.checkDue(now);
            lease.ran(JOB, clock.instant());
            if (settled > 0) {
                LOG.info(() -> "reconciliation: " + settled + " open charge(s) settled by the gateway's status");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "reconciliation turn failed; the next turn tries again", e);
        } finally {
            running.set(false);
        }
    }
}
