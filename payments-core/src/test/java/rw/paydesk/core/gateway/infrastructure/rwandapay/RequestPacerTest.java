package rw.paydesk.core.gateway.infrastructure.rwandapay;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RequestPacerTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void a_burst_goes_at_once_then_each_call_waits_for_its_slot() {
        RequestPacer pacer = new RequestPacer(60, 3, now::get); // one a second, three at once
        assertEquals(0, pacer.reserve());
        assertEquals(0, pacer.reserve());
        assertEquals(0, pacer.reserve());
        assertEquals(TimeUnit.SECONDS.toNanos(1), pacer.reserve(), "the fourth waits a second");
        assertEquals(TimeUnit.SECONDS.toNanos(2), pacer.reserve(), "the fifth two");
    }

    @Test
    void over_a_minute_no_more_than_the_rate_plus_the_burst_go() {
        RequestPacer pacer = new RequestPacer(90, 10, now::get);
        int sentWithinAMinute = 0;
        for (int i = 0; i < 200; i++) {
            if (pacer.reserve() < TimeUnit.SECONDS.toNanos(60)) {
                sentWithinAMinute++;
            }
        }
        assertEquals(100, sentWithinAMinute, "a burst of 10, then 90 a minute");
    }

    @Test
    void a_quiet_spell_gives_the_burst_back_but_never_more() {
        RequestPacer pacer = new RequestPacer(60, 2, now::get);
        pacer.reserve();
        pacer.reserve();
        now.addAndGet(TimeUnit.MINUTES.toNanos(5));
        assertEquals(0, pacer.reserve());
        assertEquals(0, pacer.reserve());
        assertEquals(TimeUnit.SECONDS.toNanos(1), pacer.reserve(), "idle time is not saved up beyond the burst");
    }

    @Test
    void after_a_429_nobody_goes_before_the_retry_after_time() {
        RequestPacer pacer = new RequestPacer(600, 5, now::get);
        pacer.holdFor(TimeUnit.SECONDS.toNanos(7));
        assertEquals(TimeUnit.SECONDS.toNanos(7), pacer.reserve());
        long second = pacer.reserve();
        assertEquals(TimeUnit.SECONDS.toNanos(7) + pacer.interval(), second, "the next keeps its pace after the hold");
    }

    @Test
    void it_is_busy_once_the_burst_is_used_and_free_again_after_a_slot() {
        RequestPacer pacer = new RequestPacer(60, 2, now::get);
        pacer.reserve();
        assertEquals(false, pacer.busy());
        pacer.reserve();
        assertEquals(true, pacer.busy(), "a third call would wait");
        now.addAndGet(TimeUnit.SECONDS.toNanos(1));
        assertEquals(false, pacer.busy());
    }

    @Test
    void a_rate_below_one_a_minute_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new RequestPacer(0, 1, now::get));
    }
}
