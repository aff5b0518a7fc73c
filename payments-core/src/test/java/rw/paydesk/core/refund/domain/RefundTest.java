package rw.paydesk.core.refund.domain;

import org.junit.jupiter.api.Test;
import rw.paydesk.core.money.Money;
import rw.paydesk.core.party.Reference;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RefundTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Money PAID = Money.of("5000", "RWF");

    private static Refund refund(String amount) {
        return Refund.of(Reference.generate("PDR"), "PDMCHARGE00001", "rwandapay", Money.of(amount, "RWF"), null, "approver", NOW);
    }

    @Test
    void what_is_left_to_refund_counts_refunds_under_way_but_not_refused_ones() {
        Refund done = refund("2000");
        done.settle(RefundStatus.SUCCESSFUL, "RFD-1", "Refunded", NOW);
        Refund refused = refund("1000");
        refused.settle(RefundStatus.FAILED, null, "Insufficient balance", NOW);
        Refund unknown = refund("500");

        assertEquals(Money.of("2500", "RWF"), Refund.refundable(PAID, List.of(done, refused, unknown)),
                "a refund whose answer was lost may have happened: it is not offered again");
        assertEquals(PAID, Refund.refundable(PAID, List.of()));
    }

    @Test
    void what_is_left_is_never_below_zero() {
        Refund a = refund("4000");
        Refund b = refund("4000");
        assertEquals(Money.zero(PAID.currency()), Refund.refundable(PAID, List.of(a, b)));
    }

    @Test
    void a_refund_only_moves_forward_and_keeps_the_gateways_reference() {
        Refund r = refund("1000");
        assertFalse(r.settle(RefundStatus.UNKNOWN, null, "still nothing", NOW), "UNKNOWN is not an outcome");
        assertTrue(r.settle(RefundStatus.SUCCESSFUL, "RFD-9", "Refunded", NOW));
        assertFalse(r.settle(RefundStatus.FAILED, null, "late failure", NOW), "a final refund never changes");
        assertEquals(RefundStatus.SUCCESSFUL, r.status());
        assertEquals("RFD-9", r.gatewayReference());
    }

    @Test
    void a_refund_of_nothing_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> refund("0"));
    }
}
