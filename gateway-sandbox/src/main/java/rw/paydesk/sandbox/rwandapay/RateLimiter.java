package rw.paydesk.sandbox.rwandapay;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * At most {@code limit} admitted requests per key in any rolling window (a sliding log, so no
 * burst at a window's edge). Refused requests are not counted. In memory: a restart forgets the
 * window, as a real gateway's limiter would not notice.
 */
public final class RateLimiter {

    /** The verdict on one request, with what the rate-limit headers say. */
    public record Decision(boolean allowed, int limit, int remaining, long retryAfterSeconds) {
    }

    private Duration window;
    private final Map<String, Deque<Instant>> admitted = new HashMap<>();
    private int limit;

    public RateLimiter(int limit, Duration window) {
        this.window = window;
        limit(limit);
    }

    public synchronized Decision acquire(String key, Instant now) {
        Deque<Instant> log = admitted.computeIfAbsent(key, k -> new ArrayDeque<>());
        Instant windowStart = now.minus(window);
        while (!log.isEmpty() && !log.peekFirst().isAfter(windowStart)) {
            log.pollFirst();
        }
        if (log.size() < limit) {
            log.addLast(now);
            return new Decision(true, limit, limit - log.size(), 0);
        }
        // The oldest admitted request leaves the window first; until then nothing more fits.
        long waitMs = Duration.between(now, log.peekFirst().plus(window)).toMillis();
        return new Decision(false, limit, 0, Math.max(1, (waitMs + 999) / 1000));
    }

    /** A new limit starts a fresh window, so a test that lowers it knows exactly what follows. */
    public synchronized void limit(int perWindow) {
        limit(perWindow, window);
    }

    /** A new limit over a window of another length (a test's shortcut for "a minute"), from a fresh window. */
    public synchronized void limit(int perWindow, Duration newWindow) {
        if (perWindow < 1) {
            throw new IllegalArgumentException("the limit must be at least 1");
        }
        if (newWindow.isNegative() || newWindow.isZero()) {
            throw new IllegalArgumentException("the window must be longer than zero");
        }
        this.limit = perWindow;
        this.window = newWindow;
        admitted.clear();
    }

    public synchronized Duration window() {
        return window;
    }

    public synchronized int limit() {
        return limit;
    }
}
