package rw.paydesk.core.reconciliation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import rw.paydesk.core.platform.DurationList;

import java.time.Duration;
import java.util.List;

/** How often reconciliation runs and when open records are asked about again. */
@ApplicationScoped
public class ReconciliationSettings {

    @Inject
    @ConfigProperty(name = "paydesk.schedule.reconciliation", defaultValue = "PT5M")
    Duration interval;

    @Inject
    @ConfigProperty(name = "paydesk.reconciliation.check-delays", defaultValue = "PT5M, PT1H, P1D")
    String checkDelays;

    @Inject
    @ConfigProperty(name = "paydesk.reconciliation.exception-after", defaultValue = "PT1H")
    Duration exceptionAfter;

    /** How long a difference may be work in progress ("expected") before it is an exception. */
    public Duration exceptionAfter() {
        return exceptionAfter;
    }

    public Duration interval() {
        return interval;
    }

    /**
     * How long after it was made an open record is first asked about, then the delay before
     * each next question; the last delay repeats.
     */
    public List<Duration> checkDelays() {
        return DurationList.parse("paydesk.reconciliation.check-delays", checkDelays, true);
    }

    /** The delay after the {@code checksSoFar}-th question. */
    public Duration delayAfter(int checksSoFar) {
        List<Duration> delays = checkDelays();
        return delays.get(Math.min(checksSoFar, delays.size() - 1));
    }
}
