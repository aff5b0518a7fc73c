package rw.paydesk.core.figures;

import java.util.Objects;

/**
 * One currency's counts and amounts over a period, by outcome.
 *
 * @param currency ISO 4217 code
 * @param done     collected, or paid out
 * @param underWay still waiting for the customer, the gateway or the beneficiary's bank
 * @param failed   refused or failed: no money moved
 */
public record CurrencyFigures(String currency, Tally done, Tally underWay, Tally failed) {

    public CurrencyFigures {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(done, "done");
        Objects.requireNonNull(underWay, "underWay");
        Objects.requireNonNull(failed, "failed");
    }

    /** Every record counted, whatever its outcome. */
    public long count() {
        return done.count() + underWay.count() + failed.count();
    }
}
