package rw.paydesk.core.gateway.infrastructure.dgs;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import rw.paydesk.core.gateway.GatewayUnavailableException;

import java.time.Duration;
import java.util.logging.Logger;

/**
 * Renews the gateway token before it expires, on the schedule
 * {@code paydesk.schedule.token-refresh}, so no user request waits for a token. Thin: the
 * keeper decides whether a renewal is due.
 */
@Startup
@Singleton
public class DgsTokenRenewal {

    private static final Logger LOG = Logger.getLogger(DgsTokenRenewal.class.getName());

    @Resource
    TimerService timers;

    @Inject
    DgsTokenKeeper keeper;

    @Inject
    @ConfigProperty(name = "paydesk.schedule.token-refresh", defaultValue = "PT1M")
    String interval;

    private Duration every;

    @PostConstruct
    void schedule() {
        every = Duration.parse(interval);
        // not persistent: a node's token is its own, and the schedule lives in configuration
        timers.createIntervalTimer(every.toMillis(), every.toMillis(), new TimerConfig("dgs-token-renewal", false));
    }

    @Timeout
    void renew() {
        try {
            // renew when the token would expire before the next run, plus a margin
            keeper.renewIfExpiringWithin(every.plusSeconds(60));
        } catch (GatewayUnavailableException e) {
            LOG.warning("Could not renew the gateway token: " + e.getMessage());
        }
    }
}
