package rw.paydesk.payouts.request.application;

import java.math.BigDecimal;

/**
 * A payout as the maker fills it in.
 *
 * @param sourceCurrency      the wallet it is paid from
 * @param destinationCurrency what the beneficiary receives
 * @param rateId              the FX quote the maker was shown (when the currencies differ), or null
 * @param simulationContext   sandbox only: the outcome to simulate, or null
 */
public record PayoutForm(Long beneficiaryId, BigDecimal amount, String sourceCurrency, String destinationCurrency,
                         String description, String rateId, String simulationContext) {
}
