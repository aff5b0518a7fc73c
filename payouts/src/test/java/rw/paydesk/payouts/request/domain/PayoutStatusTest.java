package rw.paydesk.payouts.request.domain;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PayoutStatusTest {

    @Test
    void the_dashboard_counts_a_payout_once_it_was_sent_and_never_before() {
        for (PayoutStatus s : PayoutStatus.values()) {
            boolean sent = EnumSet.of(PayoutStatus.SUBMITTING, PayoutStatus.SUBMITTED, PayoutStatus.UNKNOWN,
                    PayoutStatus.COMPLETED, PayoutStatus.FAILED).contains(s);
            assertEquals(sent, s.outcome().isPresent(), s.name());
        }
        assertEquals(rw.paydesk.core.figures.Outcome.DONE, PayoutStatus.COMPLETED.outcome().orElseThrow());
        assertEquals(rw.paydesk.core.figures.Outcome.UNDER_WAY, PayoutStatus.UNKNOWN.outcome().orElseThrow());
        assertEquals(rw.paydesk.core.figures.Outcome.FAILED, PayoutStatus.FAILED.outcome().orElseThrow());
    }

    @Test
    void no_state_can_be_reached_again_once_left() {
        for (PayoutStatus from : PayoutStatus.values()) {
            for (PayoutStatus to : PayoutStatus.values()) {
                if (from.canMoveTo(to)) {
                    assertFalse(reachable(to, from), from + " -> " + to + " could lead back to " + from);
                }
            }
        }
    }

    @Test
    void nothing_moves_a_payout_back_to_awaiting_approval_and_nothing_stays_put() {
        for (PayoutStatus from : PayoutStatus.values()) {
            assertFalse(from.canMoveTo(PayoutStatus.AWAITING_APPROVAL), from.name());
            assertFalse(from.canMoveTo(from), from.name());
        }
    }

    @Test
    void completed_failed_rejected_cancelled_and_expired_are_final() {
        EnumSet<PayoutStatus> finals = EnumSet.noneOf(PayoutStatus.class);
        for (PayoutStatus s : PayoutStatus.values()) {
            if (s.isFinal()) {
                finals.add(s);
            }
        }
        assertEquals(EnumSet.of(PayoutStatus.COMPLETED, PayoutStatus.FAILED, PayoutStatus.REJECTED,
                PayoutStatus.CANCELLED, PayoutStatus.EXPIRED), finals);
    }

    @Test
    void an_unknown_outcome_is_settled_only_forward_never_by_sending_again() {
        assertFalse(PayoutStatus.UNKNOWN.canMoveTo(PayoutStatus.SUBMITTING));
        assertTrue(PayoutStatus.UNKNOWN.canMoveTo(PayoutStatus.SUBMITTED));
        assertTrue(PayoutStatus.UNKNOWN.canMoveTo(PayoutStatus.COMPLETED));
        assertTrue(PayoutStatus.UNKNOWN.canMoveTo(PayoutStatus.FAILED));
        assertFalse(PayoutStatus.SUBMITTED.canMoveTo(PayoutStatus.UNKNOWN));
    }

    @Test
    void once_sent_a_payout_cannot_be_cancelled_rejected_or_expired() {
        for (PayoutStatus sent : EnumSet.of(PayoutStatus.SUBMITTING, PayoutStatus.SUBMITTED, PayoutStatus.UNKNOWN)) {
            assertFalse(sent.canMoveTo(PayoutStatus.CANCELLED));
            assertFalse(sent.canMoveTo(PayoutStatus.REJECTED));
            assertFalse(sent.canMoveTo(PayoutStatus.EXPIRED));
            assertFalse(sent.isBeforeSubmission());
        }
    }

    private static boolean reachable(PayoutStatus from, PayoutStatus target) {
        if (from == target) {
            return true;
        }
        for (PayoutStatus next : PayoutStatus.values()) {
            if (from.canMoveTo(next) && reachable(next, target)) {
                return true;
            }
        }
        return false;
    }
}
