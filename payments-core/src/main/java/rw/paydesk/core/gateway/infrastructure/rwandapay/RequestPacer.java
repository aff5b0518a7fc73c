package rw.paydesk.core.gateway.infrastructure.rwandapay;

import java.util.function.LongSupplier;

/**
 * Keeps one node's calls under the gateway's rate limit, and backs off when it says 429 anyway
 * (other nodes share the limit). A generic cell rate algorithm: calls are spaced
 * {@code 60 s / perMinute} apart, with a small burst allowed; {@link #reserve()} hands out the
 * next slot and says how long to wait for it. Nothing is dropped: a caller that waits keeps
 * its place.
 */
public final class RequestPacer {

    private final long interval;
    private final long burstTolerance;
    private final LongSupplier nanoTime;
    /** The theoretical arrival time of the next call, in {@link #nanoTime} units. */
    private long next;

    public RequestPacer(int perMinute, int burst, LongSupplier nanoTime) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("The rate must be at least one request a minute.");
        }
        this.interval = 60_000_000_000L / perMinute;
        this.burstTolerance = interval * Math.max(0, burst - 1);
        this.nanoTime = nanoTime;
        this.next = nanoTime.getAsLong();
    }

    /** Takes the next slot; answers how many nanoseconds to wait before using it (0: go now). */
    public synchronized long reserve() {
        long now = nanoTime.getAsLong();
        next = Math.max(next, now) + interval;
        // the first calls of a burst go at once; after it, each waits for its slot
        return Math.max(0, next - interval - burstTolerance - now);
    }

    /** Whether a call made now would have to wait for its slot (background work then leaves the slots to people). */
    public synchronized boolean busy() {
        return next - burstTolerance > nanoTime.getAsLong();
    }

    /** The gateway said 429: nobody on this node calls again before {@code nanos} from now. */
    public synchronized void holdFor(long nanos) {
        long now = nanoTime.getAsLong();
        next = Math.max(next, now + nanos + burstTolerance);
    }

    /** Nanoseconds between two calls at the paced rate. */
    public long interval() {
        return interval;
    }
}
