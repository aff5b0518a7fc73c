package rw.paydesk.sandbox.rwandapay;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RateLimiterTest {

    private static final Instant T0 = Instant.parse("2024-12-15T14:00:00Z");

    @Test
    void admitsTheLimitThenRefusesUntilTheOldestLeavesTheRollingWindow() {
        RateLimiter cut = new RateLimiter(3, Duration.ofSeconds(60));
        assertEquals(2, cut.acquire("k", T0).remaining());
        assertEquals(1, cut.acquire("k", T0.plusSeconds(10)).remaining());
        assertEquals(0, cut.acquire("k", T0.plusSeconds(20)).remaining());
        RateLimiter.Decision refused = cut.acquire("k", T0.plusSeconds(30));
        assertFalse(refused.allowed());
        assertEquals(30, refused.retryAfterSeconds(), "the first request leaves the window at T0+60");
        assertEquals(3, refused.limit());
        assertFalse(cut.acquire("k", T0.plusMillis(59_999)).allowed());
        assertTrue(cut.acquire("k", T0.plusSeconds(60)).allowed());
        assertFalse(cut.acquire("k", T0.plusSeconds(61)).allowed(), "a rolling window, not a fixed minute");
    }

    @Test
    void retryAfterIsAtLeastOneWholeSecond() {
        RateLimiter cut = new RateLimiter(1, Duration.ofSeconds(60));
        cut.acquire("k", T0);
        assertEquals(1, cut.acquire("k", T0.plusMillis(59_900)).retryAfterSeconds());
        assertEquals(1, cut.acquire("k", T0.plusMillis(59_000)).retryAfterSeconds());
        assertEquals(2, cut.acquire("k", T0.plusMillis(58_500)).retryAfterSeconds());
    }

    @Test
    void refusedRequestsDoNotCountAndKeysAreSeparate() {
        RateLimiter cut = new RateLimiter(1, Duration.ofSeconds(60));
        assertTrue(cut.acquire("a", T0).allowed());
        for (int i = 1; i < 50; i++) {
            assertFalse(cut.acquire("a", T0.plusSeconds(i)).allowed());
        }
        assertTrue(cut.acquire("a", T0.plusSeconds(60)).allowed());
        assertTrue(cut.acquire("b", T0).allowed(), "another API key has its own window");
    }

    @Test
    void aNewLimitStartsAFreshWindow() {
        RateLimiter cut = new RateLimiter(2, Duration.ofSeconds(60));
        cut.acquire("k", T0);
        cut.acquire("k", T0);
        cut.limit(5);
        assertEquals(4, cut.acquire("k", T0.plusSeconds(1)).remaining());
        assertEquals(5, cut.limit());
    }
}
