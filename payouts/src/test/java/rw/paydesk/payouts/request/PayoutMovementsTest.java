package rw.paydesk.payouts.request;

import org.junit.jupiter.api.Test;
import rw.paydesk.core.ledger.domain.LedgerStatus;
import rw.paydesk.payouts.request.application.PayoutMovements;
import rw.paydesk.payouts.request.domain.PayoutStatus;

import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which payouts the transaction ledger lists, and in which words. */
class PayoutMovementsTest {

    @Test
    void only_payouts_that_were_sent_are_movements() {
        for (PayoutStatus s : EnumSet.of(PayoutStatus.AWAITING_APPROVAL, PayoutStatus.APPROVED, PayoutStatus.REJECTED,
                PayoutStatus.CANCELLED, PayoutStatus.EXPIRED)) {
            assertTrue(PayoutMovements.status(s).isEmpty(), s + " moved no money");
        }
        assertEquals(LedgerStatus.PENDING, PayoutMovements.status(PayoutStatus.SUBMITTING).orElseThrow());
        assertEquals(LedgerStatus.PENDING, PayoutMovements.status(PayoutStatus.SUBMITTED).orElseThrow());
        assertEquals(LedgerStatus.UNKNOWN, PayoutMovements.status(PayoutStatus.UNKNOWN).orElseThrow(),
                "a lost answer stays unknown, never failed");
        assertEquals(LedgerStatus.SUCCESSFUL, PayoutMovements.status(PayoutStatus.COMPLETED).orElseThrow());
        assertEquals(LedgerStatus.FAILED, PayoutMovements.status(PayoutStatus.FAILED).orElseThrow());
    }
}
