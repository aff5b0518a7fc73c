package rw.paydesk.sandbox.rwandapay;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import rw.paydesk.sandbox.store.ClockTask;

import java.time.Duration;
import java.time.Instant;

/** Rwanda Pay's due work on the sandbox clock: outcomes, time-outs, settlement, withdrawals, old idempotency keys. */
@ApplicationScoped
public class RwandaPayClock implements ClockTask {

    @Inject
    Payments payments;

    @Inject
    Withdrawals withdrawals;

    @Inject
    IdempotencyKeys idempotencyKeys;

    private Instant nextCleanup = Instant.EPOCH;

    @Override
    public void tick(Instant now) {
        payments.tick(now);
        withdrawals.tick(now);
        if (now.isAfter(nextCleanup)) {
            idempotencyKeys.deleteExpired(now);
            nextCleanup = now.plus(Duration.ofMinutes(1));
        }
    }
}
