package rw.paydesk.reporting.subscription.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportDeliveryTest {

    private static final Instant T0 = Instant.parse("2026-11-23T05:00:00Z");
    private static final List<Duration> DELAYS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5));

    private static ReportDelivery fresh() {
        return ReportDelivery.of(1L, "finance@example.rw", "<id@paydesk>", T0);
    }

    @Test
    void a_failed_try_is_retried_after_each_delay_then_fails_for_good() {
        ReportDelivery d = fresh();
        assertTrue(d.due(T0, T0));
        d.claim(T0);
        assertFalse(d.due(T0, T0), "a try under way is not due");
        d.failed("Connection refused", false, DELAYS, T0);
        assertEquals(DeliveryStatus.RETRYING, d.status());
        assertEquals(T0.plus(Duration.ofMinutes(1)), d.nextAttemptAt());
        assertFalse(d.due(T0.plusSeconds(59), T0));
        assertTrue(d.due(T0.plusSeconds(60), T0));

        d.claim(T0.plusSeconds(60));
        d.failed("Connection refused", false, DELAYS, T0.plusSeconds(60));
        assertEquals(T0.plusSeconds(60).plus(Duration.ofMinutes(5)), d.nextAttemptAt());

        d.claim(T0.plusSeconds(400));
        d.failed("Connection refused", false, DELAYS, T0.plusSeconds(400));
        assertEquals(DeliveryStatus.FAILED, d.status());
        assertEquals(3, d.attempts());
        assertTrue(d.error().startsWith("Gave up after 3 tries."), d.error());
        assertFalse(d.due(T0.plusSeconds(100_000), T0.plusSeconds(100_000)));
    }

    @Test
    void an_address_refused_for_good_is_not_retried() {
        ReportDelivery d = fresh();
        d.claim(T0);
        d.failed("550 5.1.1 mailbox unavailable", true, DELAYS, T0);
        assertEquals(DeliveryStatus.FAILED, d.status());
        assertNull(d.nextAttemptAt());
        assertEquals("550 5.1.1 mailbox unavailable", d.error());
    }

    @Test
    void a_try_left_sending_by_a_stopped_node_is_due_again_once_stale() {
        ReportDelivery d = fresh();
        d.claim(T0);
        assertFalse(d.due(T0.plusSeconds(60), T0));
        assertTrue(d.due(T0.plusSeconds(600), T0.plusSeconds(1)));
    }

    @Test
    void a_sent_mail_is_never_sent_again() {
        ReportDelivery d = fresh();
        d.claim(T0);
        d.sent(ReportDelivery.Transport.SMTP, T0);
        assertFalse(d.due(T0.plusSeconds(100_000), T0.plusSeconds(100_000)));
        assertThrows(IllegalStateException.class, () -> d.claim(T0));
    }

    @Test
    void a_run_is_sent_partly_sent_or_failed_once_no_delivery_is_under_way() {
        ReportRun run = new ReportRun();
        run.settle(List.of(DeliveryStatus.SENT, DeliveryStatus.RETRYING), "b: refused", T0);
        assertEquals(RunStatus.SENDING, run.status());
        assertNull(run.finishedAt());
        run.settle(List.of(DeliveryStatus.SENT, DeliveryStatus.FAILED), null, T0);
        assertEquals(RunStatus.PARTLY_SENT, run.status());
        assertEquals("b: refused", run.error(), "the last error stays");
        assertEquals(T0, run.finishedAt());
        run.settle(List.of(DeliveryStatus.SENT, DeliveryStatus.SENT), null, T0);
        assertEquals(RunStatus.SENT, run.status());
        run.settle(List.of(DeliveryStatus.FAILED), null, T0);
        assertEquals(RunStatus.FAILED, run.status());
    }
}
