package rw.paydesk.sandbox.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FaultsTest {

    @Test
    void theNextNCallsOfAnOperationFailThenCallsPass() {
        Faults cut = new Faults();
        cut.add(Faults.Mode.ERROR_500, "init_payment", 2, 0L);
        assertTrue(cut.take("token").isEmpty(), "other operations are not affected");
        assertEquals(Faults.Mode.ERROR_500, cut.take("init_payment").orElseThrow().mode());
        assertEquals(Faults.Mode.ERROR_500, cut.take("init_payment").orElseThrow().mode());
        assertTrue(cut.take("init_payment").isEmpty());
    }

    @Test
    void faultsWithoutOperationApplyToAnyCallInOrder() {
        Faults cut = new Faults();
        cut.add(Faults.Mode.TOO_MANY_REQUESTS, null, 1, 0L);
        cut.add(Faults.Mode.TIMEOUT, null, 1, 10L);
        assertEquals(Faults.Mode.TOO_MANY_REQUESTS, cut.take("wallet").orElseThrow().mode());
        assertEquals(10L, cut.take("token").orElseThrow().holdMs());
        assertTrue(cut.take("token").isEmpty());
    }

    @Test
    void modesHaveTheirWireNames() {
        assertEquals(Faults.Mode.TIMEOUT_AFTER_PROCESSING, Faults.Mode.fromWire("timeout_after_processing").orElseThrow());
        assertTrue(Faults.Mode.fromWire("503").isEmpty());
    }
}
