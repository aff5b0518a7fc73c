package rw.paydesk.payouts.request.application;

import rw.paydesk.core.gateway.FxQuote;
import rw.paydesk.core.money.Money;

/**
 * What the maker (and later the approvers) see before deciding: the amount, what arrives, the
 * quote it was converted at, the expected fee, and whether the wallet can pay it now.
 *
 * @param quote         the FX quote when the currencies differ, else null
 * @param arrives       what the beneficiary receives, in the destination currency
 * @param amountInRwf   what chooses the approval tier
 * @param withdrawable  the source wallet's withdrawable balance, or null if it could not be read
 * @param approvals     how many different approvers it needs
 */
public record PayoutPreview(Money amount, FxQuote quote, Money arrives, Money amountInRwf, Money expectedFee,
                            Money withdrawable, int approvals) {

    /** Amount plus the expected fee: what leaves the wallet. */
    public Money debit() {
        return amount.plus(expectedFee);
    }

    /** Whether the withdrawable balance covers amount and fee; null when the balance is unknown. */
    public Boolean sufficient() {
        return withdrawable == null ? null : withdrawable.amount().compareTo(debit().amount()) >= 0;
    }
}
