package rw.paydesk.sandbox.store;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs every {@link ClockTask} on its own thread and fixed-delay loop, so a slow webhook receiver
 * never holds up a payout or a time-out. The container's default scheduled executor has a single
 * thread, hence a private pool built from the managed thread factory. Non-persistent on purpose:
 * the due work itself is in the database.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class Clock {

    private static final Logger LOG = Logger.getLogger(Clock.class.getName());

    @Resource
    ManagedThreadFactory threadFactory;

    @Inject
    @Any
    Instance<ClockTask> tasks;

    @Inject
    @ConfigProperty(name = "sandbox.clock.interval-ms", defaultValue = "250")
    long intervalMs;

    private final List<ScheduledFuture<?>> loops = new ArrayList<>();
    private ScheduledExecutorService executor;

    @PostConstruct
    void start() {
        List<ClockTask> all = tasks.stream().toList();
        executor = Executors.newScheduledThreadPool(all.size(), threadFactory);
        for (ClockTask task : all) {
            loops.add(executor.scheduleWithFixedDelay(() -> run(task), intervalMs, intervalMs, TimeUnit.MILLISECONDS));
        }
    }

    private static void run(ClockTask task) {
        try {
            task.tick(Instant.now());
        } catch (RuntimeException e) {
            // A failing tick must not end the loop: the next tick retries whatever is still due.
            LOG.log(Level.WARNING, "clock task " + task.getClass().getSimpleName() + " failed", e);
        }
    }

    @PreDestroy
    void stop() {
        loops.forEach(loop -> loop.cancel(false));
        executor.shutdownNow();
    }
}
