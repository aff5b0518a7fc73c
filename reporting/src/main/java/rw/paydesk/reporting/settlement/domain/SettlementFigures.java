package rw.paydesk.reporting.settlement.domain;

import rw.paydesk.core.ledger.domain.Direction;
import rw.paydesk.core.ledger.domain.LedgerStatus;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The settlement figures of one currency (and, in a line, one provider) over a period.
 *
 * <p>Money rules (as the gateway applies them, see the sandbox's "Money rules"):
 * <ul>
 * <li><b>Collections</b>: the customer pays the fee on top of the amount, and the amount is what
 * reaches the merchant's wallet. So {@link #collected()} is the sum of the amounts of successful
 * collections, and their fees ({@link #collectionFees()}) are shown for information only: they
 * are <em>not</em> taken off the net.</li>
 * <li><b>Payouts</b>: the wallet is debited amount + fee. {@link #paidOut()} is the sum of the
 * amounts of successful payouts, {@link #payoutFees()} the sum of their fees.</li>
 * <li>Only <b>successful</b> movements count in amounts, fees and net: a failed payout's debit
 * is reversed, fee included, and pending or unknown movements are not settled yet (they show
 * in the counts by status).</li>
 * <li>{@link #net()} = collected − paid out − payout fees: what the period added to (or took
 * from) the wallet.</li>
 * </ul>
 * A missing fee counts as zero.
 *
 * @param collections        how many successful collections
 * @param collected          the sum of their amounts (without the fee the customer paid on top)
 * @param collectionFees     the fees customers paid on top of successful collections
 * @param payouts            how many successful payouts
 * @param paidOut            the sum of their amounts
 * @param payoutFees         the fees charged on successful payouts
 * @param collectionStatuses collections by status, all of them
 * @param payoutStatuses     payouts by status, all of them
 */
public record SettlementFigures(long collections, BigDecimal collected, BigDecimal collectionFees,
                                long payouts, BigDecimal paidOut, BigDecimal payoutFees,
                                StatusCounts collectionStatuses, StatusCounts payoutStatuses) {

    public static final SettlementFigures NONE = new SettlementFigures(0, BigDecimal.ZERO, BigDecimal.ZERO, 0,
            BigDecimal.ZERO, BigDecimal.ZERO, StatusCounts.NONE, StatusCounts.NONE);

    public SettlementFigures {
        Objects.requireNonNull(collected, "collected");
        Objects.requireNonNull(collectionFees, "collectionFees");
        Objects.requireNonNull(paidOut, "paidOut");
        Objects.requireNonNull(payoutFees, "payoutFees");
        Objects.requireNonNull(collectionStatuses, "collectionStatuses");
        Objects.requireNonNull(payoutStatuses, "payoutStatuses");
    }

    /** Collected − paid out − fees on payouts (fees on collections were paid by customers on top). */
    public BigDecimal net() {
        return collected.subtract(paidOut).subtract(payoutFees);
    }

    /** Fees on successful collections and payouts together. */
    public BigDecimal fees() {
        return collectionFees.add(payoutFees);
    }

    /**
     * These figures with one group of movements added: {@code count} movements of one direction
     * and status, whose amounts and fees add up to {@code amount} and {@code fee}.
     */
    public SettlementFigures plus(Direction direction, LedgerStatus status, long count, BigDecimal amount,
                                  BigDecimal fee) {
        BigDecimal a = amount == null ? BigDecimal.ZERO : amount;
        BigDecimal f = fee == null ? BigDecimal.ZERO : fee;
        boolean settled = status == LedgerStatus.SUCCESSFUL;
        if (direction == Direction.COLLECTION) {
            return new SettlementFigures(collections + (settled ? count : 0), settled ? collected.add(a) : collected,
                    settled ? collectionFees.add(f) : collectionFees, payouts, paidOut, payoutFees,
                    collectionStatuses.plus(status, count), payoutStatuses);
        }
        return new SettlementFigures(collections, collected, collectionFees, payouts + (settled ? count : 0),
                settled ? paidOut.add(a) : paidOut, settled ? payoutFees.add(f) : payoutFees, collectionStatuses,
                payoutStatuses.plus(status, count));
    }

    public SettlementFigures plus(SettlementFigures o) {
        return new SettlementFigures(collections + o.collections, collected.add(o.collected),
                collectionFees.add(o.collectionFees), payouts + o.payouts, paidOut.add(o.paidOut),
                payoutFees.add(o.payoutFees), collectionStatuses.plus(o.collectionStatuses),
                payoutStatuses.plus(o.payoutStatuses));
    }
}
