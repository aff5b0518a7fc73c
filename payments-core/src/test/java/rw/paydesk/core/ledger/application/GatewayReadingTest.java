package rw.paydesk.core.ledger.application;

import org.junit.jupiter.api.Test;
import rw.paydesk.core.gateway.ListedTransaction;
import rw.paydesk.core.gateway.TransactionPage;

import java.math.BigDecimal;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GatewayReadingTest {

    private static TransactionPage page(Long... ids) {
        return new TransactionPage(Arrays.stream(ids).map(id -> new ListedTransaction(id, "collection", "REF" + id,
                null, null, "successful", BigDecimal.TEN, null, "RWF", null, null, null)).toList(), 3, 0, null);
    }

    @Test
    void a_newest_first_page_below_the_floor_ends_the_run() {
        assertTrue(GatewayReading.reachedKnown(page(40L, 39L, 38L), 40));
        assertFalse(GatewayReading.reachedKnown(page(42L, 41L, 40L), 40), "41 and 42 are new");
        assertFalse(GatewayReading.reachedKnown(page(40L, null, 38L), 40), "a row without id proves nothing");
        assertFalse(GatewayReading.ascending(page(42L, 41L, 40L)));
        assertTrue(GatewayReading.ascending(page(1L, 2L, 3L)));
        assertEquals(42L, GatewayReading.highest(page(42L, 41L, 40L)));
        assertTrue(page(1L, 2L).isLast(), "shorter than asked for");
    }
}
