package rw.paydesk.sandbox.ledger;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WalletBalanceTest {

    private static BigDecimal n(String v) {
        return new BigDecimal(v);
    }

    private static void assertTotalsAddUp(WalletBalance w) {
        assertEquals(0, w.balance().compareTo(w.withdrawable().add(w.pending())), "balance = withdrawable + pending");
        assertEquals(0, w.balance().compareTo(w.netIncoming().subtract(w.totalOutgoing())), "balance = net in - total out");
    }

    @Test
    void aCollectionWaitsInPendingThenSettles() {
        WalletBalance w = WalletBalance.empty("RWF").collected(n("107"), n("100"));
        assertEquals(n("100"), w.pending());
        assertEquals(0, w.withdrawable().signum());
        assertEquals(n("107"), w.totalIncoming());
        assertTotalsAddUp(w);
        WalletBalance settled = w.settled(n("100"));
        assertEquals(n("100"), settled.withdrawable());
        assertEquals(0, settled.pending().signum());
        assertTotalsAddUp(settled);
    }

    @Test
    void aPayoutDebitsAmountPlusFeeAndAFailureGivesItAllBack() {
        WalletBalance funded = WalletBalance.empty("RWF").toppedUp(n("10000"));
        WalletBalance paid = funded.paidOut(n("1000"), n("500"));
        assertEquals(n("8500"), paid.withdrawable());
        assertEquals(n("1500"), paid.totalOutgoing());
        assertEquals(n("1000"), paid.netOutgoing());
        assertTotalsAddUp(paid);
        WalletBalance reversed = paid.payoutReversed(n("1000"), n("500"));
        assertEquals(funded, reversed);
    }

    @Test
    void anAmendedPendingPayoutReservesTheNewFiguresAndAFailureGivesThoseBack() {
        WalletBalance funded = WalletBalance.empty("RWF").toppedUp(n("10000"));
        WalletBalance reserved = funded.paidOut(n("1000"), n("500"));
        WalletBalance amended = reserved.payoutReversed(n("1000"), n("500")).paidOut(n("900"), n("400"));
        assertEquals(n("8700"), amended.withdrawable());
        assertEquals(n("1300"), amended.totalOutgoing());
        assertEquals(n("900"), amended.netOutgoing());
        assertTotalsAddUp(amended);
        assertEquals(funded, amended.payoutReversed(n("900"), n("400")));
    }

    @Test
    void pendingFundsCannotBePaidOut() {
        WalletBalance w = WalletBalance.empty("RWF").collected(n("107"), n("100000"));
        assertFalse(w.canPayOut(n("1000"), n("500")));
        assertThrows(IllegalStateException.class, () -> w.paidOut(n("1000"), n("500")));
    }

    @Test
    void cannotSettleMoreThanIsPending() {
        assertThrows(IllegalStateException.class, () -> WalletBalance.empty("RWF").settled(n("1")));
    }

    @Test
    void statusOnlyMovesForward() {
        assertEquals(true, TxnStatus.PENDING.canMoveTo(TxnStatus.SUCCESSFUL));
        assertEquals(true, TxnStatus.PENDING.canMoveTo(TxnStatus.FAILED));
        assertFalse(TxnStatus.SUCCESSFUL.canMoveTo(TxnStatus.FAILED));
        assertFalse(TxnStatus.FAILED.canMoveTo(TxnStatus.SUCCESSFUL));
        assertFalse(TxnStatus.PENDING.canMoveTo(TxnStatus.PENDING));
    }
}
