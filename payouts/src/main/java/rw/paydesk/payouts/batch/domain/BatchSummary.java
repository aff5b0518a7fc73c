package rw.paydesk.payouts.batch.domain;

import rw.paydesk.core.money.Money;

import java.util.List;

/**
 * The dry run of a batch, what the maker and the approvers see before anything moves.
 *
 * @param rows      payouts in the batch
 * @param total     what the payees receive together
 * @param fees      the fees PayDesk expects the gateway to charge
 * @param debit     total + fees: what leaves the wallet
 * @param newPayees rows whose payee is not an approved beneficiary
 */
public record BatchSummary(int rows, Money total, Money fees, Money debit, int newPayees, int bankRows, int mobileRows) {

    public static BatchSummary of(List<BatchLine> lines) {
        Money total = Money.zero(BatchLine.RWF);
        Money fees = Money.zero(BatchLine.RWF);
        int newPayees = 0;
        int bank = 0;
        for (BatchLine l : lines) {
            total = total.plus(l.money());
            fees = fees.plus(Money.of(l.expectedFee(), BatchLine.RWF));
            newPayees += l.newPayee() ? 1 : 0;
            bank += l.type() == rw.paydesk.payouts.beneficiary.domain.BeneficiaryType.BANK ? 1 : 0;
        }
        return new BatchSummary(lines.size(), total, fees, total.plus(fees), newPayees, bank, lines.size() - bank);
    }
}
