package rw.paydesk.core.reconciliation.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
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
import rw.paydesk.core.ledger.application.LedgerSync;
import rw.paydesk.core.platform.JobLease;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The reconciliation timer ({@code paydesk.schedule.reconciliation}, every 5 minutes by
 * default). Every node schedules it; the database lease lets one node run each turn. A turn:
 *
 * <ol>
 * <li>syncs the ledger (our records and the gateway's list), so both sides are fresh;</li>
 * <li>asks the gateway about open charges whose check is due, and at once about those its
 * list already shows final (a lost webhook is made good within one turn); then about open
 * withdrawals ({@link WithdrawalChecks});</li>
 * <li>matches what changed since the last turn, and every open difference, three ways
 * ({@link MatchSteps}), and ages what is still open.</li>
 * </ol>
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Reconciliation {

    static final String JOB = "reconciliation";
    /** What a turn matches is read again from a little before where the last one started: a sync may commit late. */
    static final Duration OVERLAP = Duration.ofMinutes(2);
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
    rw.paydesk.core.refund.application.RefundSender refunds;

    @Inject
    WithdrawalChecks withdrawals;

    @Inject
    LedgerSync ledger;

    @Inject
    MatchSteps matching;

    @Inject
    Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();

    /** What one turn did, or why it did not run. */
    public record Turn(boolean ran, String notRun, int settled, MatchSteps.Counts counts, String problem) {
        static Turn skipped(String why) {
            return new Turn(false, why, 0, MatchSteps.Counts.NONE, null);
        }
    }

    @PostConstruct
    void schedule() {
        long every = settings.interval().toMillis();
        timers.createIntervalTimer(Math.min(every, 10_000), every, new TimerConfig("reconciliation", false));
    }

    @Timeout
    void timeout() {
        Turn turn = runTurn();
        if (turn.ran() && (turn.settled() > 0 || turn.counts().found() > 0 || turn.counts().cleared() > 0)) {
            LOG.info(() -> "reconciliation: " + turn.settled() + " open charge(s) or withdrawal(s) settled, " + turn.counts().found()
                    + " difference(s) found, " + turn.counts().cleared() + " cleared, " + turn.counts().exceptions()
                    + " became exceptions");
        }
    }

    /** Runs a turn now, on this node, unless one is running here or the lease is another node's. */
    public Turn runTurn() {
        if (!running.compareAndSet(false, true)) {
            return Turn.skipped("A reconciliation turn is running right now; its results show when it ends.");
        }
        try {
            Instant start = clock.instant();
            if (!lease.acquire(JOB, start, leaseLength())) {
                return Turn.skipped("Another PayDesk node is running reconciliation; try again in a few minutes.");
            }
            Turn turn = turn(start);
            noteRun(start);
            return turn;
        } finally {
            running.set(false);
        }
    }

    /** Held a little shorter than the interval, so the next turn finds it free on whichever node. */
    private Duration leaseLength() {
        return settings.interval().multipliedBy(9).dividedBy(10);
    }

    /**
     * Keeps the lease while a long turn works (a first turn over a long gateway list); a node
     * that finds it lost stops, and the node that took it carries on.
     */
    private void keepLease() {
        if (!lease.acquire(JOB, clock.instant(), leaseLength())) {
            throw new IllegalStateException("the reconciliation lease passed to another node during the turn");
        }
    }

    private void noteRun(Instant start) {
        try {
            lease.noteRun(JOB, start, clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "reconciliation turn ran but could not be noted in job_run", e);
        }
    }

    /** A node that stops cleanly lets the next one take over at once. */
    @PreDestroy
    void stop() {
        try {
            lease.release(JOB);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "reconciliation lease not released; it runs out by itself", e);
        }
    }

    private Turn turn(Instant start) {
        int settled = 0;
        MatchSteps.Counts counts = MatchSteps.Counts.NONE;
        String problem = null;
        Instant since = matching.position().map(p -> p.minus(OVERLAP)).orElse(Instant.EPOCH);
        try {
            LedgerSync.Report synced = ledger.run();
            if (synced.problem() != null) {
                problem = "ledger sync: " + synced.problem();
            }
            keepLease();
            charges.bringForwardFinishedAtGateway(start);
            settled = charges.checkDue(start);
            settled += refunds.resendDue(start);
            settled += withdrawals.checkDue(start);
            if (settled > 0) {
                ledger.catchUpLocal();
            }
            Instant now = clock.instant();
            List<String> all = new ArrayList<>(matching.candidates(since));
            for (int i = 0; i < all.size(); i += MatchSteps.BATCH) {
                if (i > 0 && i % (MatchSteps.BATCH * 20) == 0) {
                    keepLease();
                }
                counts = counts.plus(matching.match(all.subList(i, Math.min(all.size(), i + MatchSteps.BATCH)), now,
                        settings.exceptionAfter()));
            }
            matching.finished(start, counts.matched(), problem, clock.instant());
            lease.ran(JOB, clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "reconciliation turn failed; the next turn tries again", e);
            problem = e.getClass().getSimpleName() + ": " + e.getMessage();
            matching.finished(null, counts.matched(), problem, clock.instant());
        }
        return new Turn(true, null, settled, counts, problem);
    }
}
