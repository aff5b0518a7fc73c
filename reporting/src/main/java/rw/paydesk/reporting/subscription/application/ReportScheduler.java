package rw.paydesk.reporting.subscription.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import rw.paydesk.core.platform.JobLease;
import rw.paydesk.reporting.mail.DeliveryFailure;
import rw.paydesk.reporting.mail.MailSender;
import rw.paydesk.reporting.mail.MailSettings;
import rw.paydesk.reporting.mail.OutgoingMail;
import rw.paydesk.reporting.subscription.domain.ReportDelivery;
import rw.paydesk.reporting.subscription.domain.ReportRun;
import rw.paydesk.reporting.subscription.domain.ReportSubscription;
import rw.paydesk.reporting.subscription.domain.Schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The report schedule ({@code paydesk.schedule.reports}, every minute by default): every node
 * schedules it, and the {@code reports} lease lets one node work at a time. A turn
 *
 * <ol>
 * <li>starts the run of every sending moment an active subscription owes, each under the key of
 * its period ({@link ReportSubscription#scheduleKey}), which the database keeps unique: a
 * period is sent once even if two nodes or a restart get there; moments missed while every
 * node was down are made good, up to {@value #CATCH_UP} per subscription;</li>
 * <li>tries every due delivery: each claimed and committed before the mail server is called,
 * then marked sent, retried after the next back-off delay, or failed for good.</li>
 * </ol>
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReportScheduler {

    static final String JOB = "reports";
    /** Missed sending moments made good per subscription, newest first. */
    static final int CATCH_UP = 7;
    private static final int DELIVERIES_PER_TURN = 200;
    private static final Logger LOG = Logger.getLogger(ReportScheduler.class.getName());

    @Resource
    TimerService timers;

    @Inject
    ReportSettings settings;

    @Inject
    JobLease lease;

    @Inject
    ReportRuns runs;

    @Inject
    MailSettings mail;

    @Inject
    MailSender sender;

    @Inject
    Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        long every = settings.interval().toMillis();
        timers.createIntervalTimer(Math.min(every, 15_000), every, new TimerConfig("reports", false));
    }

    /** A turn soon, on this node (after a run was asked for by hand). */
    public void soon() {
        timers.createSingleActionTimer(200, new TimerConfig("reports-now", false));
    }

    @Timeout
    void timeout() {
        turn();
    }

    /** One turn, unless one is running on this node or another node holds the lease. */
    void turn() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            Instant start = clock.instant();
            if (!lease.acquire(JOB, start, leaseLength())) {
                return;
            }
            startDueRuns();
            sendDue();
            lease.ran(JOB, clock.instant());
            lease.noteRun(JOB, start, clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "report schedule turn failed; the next turn tries again", e);
        } finally {
            running.set(false);
        }
    }

    /**
     * A little shorter than the interval, renewed after every run and mail. The lease spares
     * work; it is not what prevents doubles: the unique key of a period and the committed claim
     * of a delivery are.
     */
    private Duration leaseLength() {
        return settings.interval().multipliedBy(9).dividedBy(10);
    }

    private void keepLease() {
        if (!lease.acquire(JOB, clock.instant(), leaseLength())) {
            throw new IllegalStateException("the reports lease passed to another node during the turn");
        }
    }

    private void startDueRuns() {
        Instant now = clock.instant();
        for (ReportSubscription s : runs.active()) {
            Schedule schedule = s.schedule();
            for (Instant moment : schedule.momentsBetween(s.scheduleFrom(), now, CATCH_UP)) {
                String key = s.scheduleKey(moment);
                if (runs.exists(key)) {
                    continue;
                }
                try {
                    runs.start(s.id(), schedule.periodAt(moment), key, ReportRun.SCHEDULE, moment)
                            .ifPresent(id -> LOG.info(() -> "report run " + id + " started: subscription " + s.id() + ", "
                                    + schedule.periodAt(moment).label()));
                } catch (EJBException | PersistenceException e) {
                    if (runs.exists(key)) {
                        continue; // another node made it first; the unique key refused ours
                    }
                    LOG.log(Level.WARNING, "report run of subscription " + s.id() + " for " + key
                            + " could not start; the next turn tries again", e);
                }
                keepLease();
            }
        }
    }

    private void sendDue() {
        List<Long> due = runs.due(clock.instant(), DELIVERIES_PER_TURN);
        for (Long id : due) {
            Optional<OutgoingMail> claimed;
            try {
                claimed = runs.claim(id);
            } catch (EJBException | PersistenceException e) {
                continue; // claimed elsewhere meanwhile (optimistic lock)
            }
            if (claimed.isEmpty()) {
                continue;
            }
            if (!mail.smtpConfigured()) {
                runs.sent(id, ReportDelivery.Transport.OUTBOX);
                continue;
            }
            try {
                sender.send(claimed.get());
                runs.sent(id, ReportDelivery.Transport.SMTP);
            } catch (DeliveryFailure f) {
                LOG.warning(() -> "report mail " + id + " not sent" + (f.permanent() ? "" : " (will retry)") + ": "
                        + f.getMessage());
                runs.failed(id, f.getMessage(), f.permanent());
            }
            keepLease();
        }
    }

    /** A node that stops cleanly lets the next one take over at once. */
    @PreDestroy
    void stop() {
        try {
            lease.release(JOB);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "reports lease not released; it runs out by itself", e);
        }
    }
}
