package rw.paydesk.sandbox.ledger;

import java.math.BigDecimal;

/**
 * The balances of one account in one currency, and the only ways they move. Each operation keeps
 * {@code balance = withdrawable + pending = net_incoming - total_outgoing}.
 *
 * @param totalIncoming what customers paid, fees included (plus top-ups)
 * @param netIncoming   what was credited to the merchant (plus top-ups)
 * @param totalOutgoing what left the wallet for payouts, fees included
 * @param netOutgoing   what reached beneficiaries
 */
public record WalletBalance(String currency, BigDecimal withdrawable, BigDecimal pending, BigDecimal totalIncoming,
                            BigDecimal totalOutgoing, BigDecimal netIncoming, BigDecimal netOutgoing) {

    public static WalletBalance empty(String currency) {
        return new WalletBalance(currency, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO);
    }

    public BigDecimal balance() {
        return withdrawable.add(pending);
    }

    /** A successful collection: the merchant's part waits in pending until settlement. */
    public WalletBalance collected(BigDecimal charged, BigDecimal credited) {
        return new WalletBalance(currency, withdrawable, pending.add(credited), totalIncoming.add(charged),
                totalOutgoing, netIncoming.add(credited), netOutgoing);
    }

    /** Settlement: collected funds become withdrawable. */
    public WalletBalance settled(BigDecimal credited) {
        if (pending.compareTo(credited) < 0) {
            throw new IllegalStateException("settling more than is pending");
        }
        return new WalletBalance(currency, withdrawable.add(credited), pending.subtract(credited), totalIncoming,
                totalOutgoing, netIncoming, netOutgoing);
    }

    /** Funds added by the operator, straight to withdrawable. */
    public WalletBalance toppedUp(BigDecimal amount) {
        return new WalletBalance(currency, withdrawable.add(amount), pending, totalIncoming.add(amount),
                totalOutgoing, netIncoming.add(amount), netOutgoing);
    }

    public boolean canPayOut(BigDecimal amount, BigDecimal fee) {
        return withdrawable.compareTo(amount.add(fee)) >= 0;
    }

    /** A payout: amount plus fee leave the withdrawable balance. */
    public WalletBalance paidOut(BigDecimal amount, BigDecimal fee) {
        if (!canPayOut(amount, fee)) {
            throw new IllegalStateException("insufficient withdrawable balance");
        }
        BigDecimal debit = amount.add(fee);
        return new WalletBalance(currency, withdrawable.subtract(debit), pending, totalIncoming,
                totalOutgoing.add(debit), netIncoming, netOutgoing.add(amount));
    }

    /** A failed payout gives back exactly what {@link #paidOut} took. */
    public WalletBalance payoutReversed(BigDecimal amount, BigDecimal fee) {
        BigDecimal debit = amount.add(fee);
        return new WalletBalance(currency, withdrawable.add(debit), pending, totalIncoming,
                totalOutgoing.subtract(debit), netIncoming, netOutgoing.subtract(amount));
    }
}
