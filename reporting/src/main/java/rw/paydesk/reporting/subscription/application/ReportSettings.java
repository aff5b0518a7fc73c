package rw.paydesk.reporting.subscription.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import rw.paydesk.core.platform.DurationList;

import java.time.Duration;
import java.util.List;

/** How often the report schedule looks for due work, and how failed mails are retried. */
@ApplicationScoped
public class ReportSettings {

    @Inject
    @ConfigProperty(name = "paydesk.schedule.reports", defaultValue = "PT1M")
    Duration interval;

    @Inject
    @ConfigProperty(name = "paydesk.reports.retry-delays", defaultValue = "PT1M, PT5M, PT15M, PT1H, PT4H")
    String retryDelays;

    public Duration interval() {
        return interval;
    }

    /** The waits before each retry of a failed mail; after the last, the mail has failed. */
    public List<Duration> retryDelays() {
        return DurationList.parse("paydesk.reports.retry-delays", retryDelays, false);
    }

    /**
     * A mail left SENDING this long was being sent by a node that stopped: tried again (with the
     * same Message-ID). Longer than any SMTP conversation's time-outs.
     */
    public Duration sendingStaleAfter() {
        return Duration.ofMinutes(5).compareTo(interval.multipliedBy(3)) > 0 ? Duration.ofMinutes(5) : interval.multipliedBy(3);
    }
}
