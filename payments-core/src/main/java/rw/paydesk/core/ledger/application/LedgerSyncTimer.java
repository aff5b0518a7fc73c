package rw.paydesk.core.ledger.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Runs the ledger sync on the schedule {@code paydesk.schedule.ledger-sync}. Thin: the lease
 * in {@link LedgerSync} makes one node at a time do the work.
 */
@Startup
@Singleton
public class LedgerSyncTimer {

    private static final Logger LOG = Logger.getLogger(LedgerSyncTimer.class.getName());

    @Resource
    TimerService timers;

    @Inject
    LedgerSync sync;

    @Inject
    @ConfigProperty(name = "paydesk.schedule.ledger-sync", defaultValue = "PT1M")
    String interval;

    @PostConstruct
    void schedule() {
        long every = Duration.parse(interval.trim().toUpperCase(Locale.ROOT)).toMillis();
        // not persistent: the schedule lives in configuration, the position in the database
        timers.createIntervalTimer(Math.min(every, 10_000), every, new TimerConfig("ledger-sync", false));
    }

    @Timeout
    void run() {
        try {
            sync.run();
        } catch (RuntimeException e) {
            // the next run starts from the committed positions; nothing is lost by waiting for it
            LOG.warning("Ledger sync did not run: " + e);
        }
    }
}
