package rw.paydesk.core.ledger.domain;

import org.junit.jupiter.api.Test;
import rw.paydesk.core.gateway.ListedTransaction;

import java.math.BigDecimal;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LedgerEntryTest {

    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    private static Movement charge(LedgerStatus status, Instant updated) {
        return new Movement("PDC123456789", Direction.COLLECTION, status, status.name(), new BigDecimal("5000"), null,
                "RWF", "Mobile money", "mobile_money", "MTN", "788123456", null, T0, updated);
    }

    private static ListedTransaction listed(String status, String fee, Instant updated) {
        return new ListedTransaction(102L, "collection", "PDC123456789", "102", "mobile_money", status,
                new BigDecimal("5000"), fee == null ? null : new BigDecimal(fee), "RWF", null, T0.plusSeconds(1), updated);
    }

    @Test
    void our_record_then_the_gateway_make_one_row_known_by_both() {
        LedgerEntry e = LedgerEntry.fromLocal(charge(LedgerStatus.PENDING, T0), T0);
        assertEquals("PayDesk", e.knownBy());
        assertEquals(LedgerStatus.PENDING, e.status());

        assertTrue(e.mergeGateway(listed("successful", "350", T0.plusSeconds(30)), T0.plusSeconds(40)));
        assertEquals("Both", e.knownBy());
        assertEquals(LedgerStatus.SUCCESSFUL, e.status(), "the gateway is further on");
        assertEquals(0, new BigDecimal("350").compareTo(e.fee()), "the fee really charged");
        assertEquals("MTN", e.provider(), "who paid is ours: the list does not say");
        assertEquals("788123456", e.party());
        assertEquals(102L, e.gatewayId());
        assertEquals(T0, e.createdAt(), "made when we made it");
        assertEquals(T0.plusSeconds(30), e.updatedAt());
    }

    @Test
    void the_same_answer_twice_changes_nothing() {
        LedgerEntry e = LedgerEntry.fromLocal(charge(LedgerStatus.PENDING, T0), T0);
        e.mergeGateway(listed("pending", null, T0), T0.plusSeconds(5));
        assertFalse(e.mergeGateway(listed("pending", null, T0), T0.plusSeconds(10)));
        assertFalse(e.mergeLocal(charge(LedgerStatus.PENDING, T0), T0.plusSeconds(10)));
    }

    @Test
    void a_final_status_never_gives_way_and_a_disagreement_stays_visible() {
        LedgerEntry e = LedgerEntry.fromLocal(charge(LedgerStatus.FAILED, T0), T0);
        e.mergeGateway(listed("successful", null, T0), T0);
        assertEquals(LedgerStatus.FAILED, e.status(), "ours is shown");
        assertEquals("successful", e.gatewayStatus(), "the gateway's is kept for reconciliation");

        LedgerEntry late = LedgerEntry.fromLocal(charge(LedgerStatus.SUCCESSFUL, T0), T0);
        late.mergeGateway(listed("pending", null, T0), T0);
        assertEquals(LedgerStatus.SUCCESSFUL, late.status(), "a stale list does not move it back");
    }

    @Test
    void a_local_answer_after_the_gateway_knows_it_moves_forward() {
        LedgerEntry e = LedgerEntry.fromLocal(charge(LedgerStatus.UNKNOWN, T0), T0);
        e.mergeGateway(listed("pending", null, T0), T0);
        assertEquals(LedgerStatus.PENDING, e.status());
        e.mergeLocal(charge(LedgerStatus.SUCCESSFUL, T0.plusSeconds(9)), T0.plusSeconds(10));
        assertEquals(LedgerStatus.SUCCESSFUL, e.status());
    }

    @Test
    void a_movement_only_the_gateway_knows_takes_its_words() {
        ListedTransaction payout = new ListedTransaction(7L, "disbursement", "EXT0000001", "trf_1", "bank", "success",
                new BigDecimal("1000"), new BigDecimal("500"), "rwf", null, T0, T0);
        LedgerEntry e = LedgerEntry.fromGateway(payout, T0).orElseThrow();
        assertEquals(Direction.PAYOUT, e.direction());
        assertEquals(LedgerStatus.SUCCESSFUL, e.status());
        assertEquals("RWF", e.currency());
        assertEquals("Gateway", e.knownBy());
        assertNull(e.kind());
        assertTrue(LedgerEntry.fromGateway(new ListedTransaction(8L, "collection", "X1234567", null, null, "pending",
                null, null, "RWF", null, T0, T0), T0).isEmpty(), "no amount: cannot be placed");
    }

    @Test
    void an_unknown_gateway_word_leaves_our_status() {
        LedgerEntry e = LedgerEntry.fromLocal(charge(LedgerStatus.PENDING, T0), T0);
        e.mergeGateway(listed("on_hold", null, T0), T0);
        assertEquals(LedgerStatus.PENDING, e.status());
        assertEquals("on_hold", e.gatewayStatus());
    }

    @Test
    void another_reference_is_refused() {
        LedgerEntry e = LedgerEntry.fromLocal(charge(LedgerStatus.PENDING, T0), T0);
        assertThrows(IllegalArgumentException.class, () -> e.mergeGateway(new ListedTransaction(1L, "collection",
                "OTHER123", null, null, "pending", BigDecimal.ONE, null, "RWF", null, T0, T0), T0));
    }

    @Test
    void status_words_of_both_directions() {
        assertEquals(LedgerStatus.SUCCESSFUL, LedgerStatus.fromGateway("success").orElseThrow());
        assertEquals(LedgerStatus.SUCCESSFUL, LedgerStatus.fromGateway("Successful").orElseThrow());
        assertEquals(LedgerStatus.PENDING, LedgerStatus.fromGateway("NEW").orElseThrow());
        assertEquals(LedgerStatus.FAILED, LedgerStatus.fromGateway("declined").orElseThrow());
        assertTrue(LedgerStatus.fromGateway("whatever").isEmpty());
        assertEquals(Direction.PAYOUT, Direction.fromGateway("disbursement").orElseThrow());
    }
}
