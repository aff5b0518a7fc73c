package rw.paydesk.core.gateway;

import rw.paydesk.core.money.Money;
import rw.paydesk.core.party.Reference;

import java.util.Currency;
import java.util.Objects;

/**
 * A payout as sent to the gateway. The reference is PayDesk's, stored before the call: the
 * gateway refuses a reference it has seen, so the same instruction can never pay twice.
 *
 * @param amount              in the source currency, debited from that wallet (plus the fee)
 * @param destinationCurrency what the payee receives
 * @param rateId              the FX quote the amount was approved at, when the currencies differ; else null
 * @param simulationContext   sandbox only: the payout simulation context, or null
 */
public record PayoutInstruction(Reference reference, Money amount, Currency destinationCurrency, String rateId,
                                String description, Payee payee, String callbackUrl, String simulationContext) {

    public PayoutInstruction {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(destinationCurrency, "destinationCurrency");
        Objects.requireNonNull(payee, "payee");
        Objects.requireNonNull(callbackUrl, "callbackUrl");
    }
}
