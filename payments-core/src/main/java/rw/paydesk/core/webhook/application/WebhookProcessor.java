package rw.paydesk.core.webhook.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import rw.paydesk.core.webhook.domain.ProcessingStatus;
import rw.paydesk.core.webhook.domain.WebhookException;

import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Works through the inbox in arrival order, one event per transaction, on a managed thread,
 * so that the endpoint answers the gateway at once. {@link #wake()} is cheap and may be
 * called from any number of requests: at most one drain runs at a time in this server and a
 * wake-up during a drain makes it look again. Events left RECEIVED by a crash or a refused
 * task are picked up at start-up and by a sweep every minute.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookProcessor {

    private static final Logger LOG = Logger.getLogger(WebhookProcessor.class.getName());
    private static final int BATCH = 100;

    @Resource
    ManagedExecutorService executor;

    @Inject
    WebhookProcessing processing;

    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean lookAgain = new AtomicBoolean();

    @PostConstruct
    void leftoversFromLastRun() {
        wake();
    }

    /** A new event is in the inbox. */
    public void wake() {
        lookAgain.set(true);
        if (draining.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException busy) {
                // the sweep will pick the event up
                draining.set(false);
                LOG.warning("webhook processing postponed: " + busy.getMessage());
            }
        }
    }

    @Schedule(hour = "*", minute = "*", persistent = false, info = "webhook inbox sweep")
    void sweep() {
        wake();
    }

    private void drain() {
        try {
            while (lookAgain.getAndSet(false)) {
                List<Long> batch;
                do {
                    batch = processing.pending(BATCH);
                    for (Long id : batch) {
                        process(id, false);
                    }
                } while (batch.size() == BATCH);
            }
        } catch (RuntimeException e) {
            // the database is unreachable, say: stop here, the sweep tries again
            LOG.log(Level.WARNING, "webhook processing interrupted", e);
        } finally {
            draining.set(false);
        }
        if (lookAgain.get()) {
            wake();
        }
    }

    /**
     * Processes one event and, if an observer failed, records the failure. Used by the drain
     * and by an administrator's replay.
     */
    public WebhookProcessing.Result process(long id, boolean replay) {
        WebhookProcessing.Result result = attempt(id, replay);
        if (result.failed()) {
            LOG.warning(() -> "webhook event #" + id + " failed: " + result.detail());
            processing.markFailed(id, result.detail(), replay);
        }
        return result;
    }

    private WebhookProcessing.Result attempt(long id, boolean replay) {
        try {
            return processing.dispatch(id, replay);
        } catch (WebhookException refused) {
            throw refused;
        } catch (RuntimeException e) {
            // failed at commit (a constraint of an observer's change, say): nothing was kept
            return new WebhookProcessing.Result(ProcessingStatus.FAILED, WebhookProcessing.describe(e));
        }
    }
}
