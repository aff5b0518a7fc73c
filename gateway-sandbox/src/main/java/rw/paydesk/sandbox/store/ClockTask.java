package rw.paydesk.sandbox.store;

import java.time.Instant;

/**
 * Work the sandbox's clock does on its own: simulated outcomes, time-outs, settlement, webhook
 * deliveries. Every task finds its due work in the database, so nothing is lost in a restart.
 */
public interface ClockTask {

    void tick(Instant now);
}
