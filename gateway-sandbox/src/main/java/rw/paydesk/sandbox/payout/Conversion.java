package rw.paydesk.sandbox.payout;

import static rw.paydesk.sandbox.api.Jsons.JSON;

import jakarta.json.JsonObject;
import rw.paydesk.sandbox.api.Wire;
import rw.paydesk.sandbox.fx.FxRates;
import rw.paydesk.sandbox.ledger.Txn;
import rw.paydesk.sandbox.money.Currencies;

import java.math.BigDecimal;

/**
 * What the beneficiary of a payout receives: the debited amount converted to the destination
 * currency at the sandbox's rate, rounded as the fx-rate endpoint rounds it. It is fixed when the
 * payout is accepted and kept with it, so the webhook reports the rate the payout was made at.
 *
 * @param currency the destination currency
 * @param rate     units of the destination currency per unit of the debited one (1 when they are the same)
 * @param amount   the amount in the destination currency
 */
public record Conversion(String currency, BigDecimal rate, BigDecimal amount) {

    private static final String KEY = "conversion";

    static Conversion of(BigDecimal amount, String source, String destination) {
        return new Conversion(destination, FxRates.rate(source, destination), FxRates.convert(amount, source, destination));
    }

    /** The conversion kept in a payout's details; payouts stored before there was one went from RWF to RWF. */
    static Conversion of(Txn payout, JsonObject details) {
        JsonObject kept = details.getJsonObject(KEY);
        if (kept == null) {
            return new Conversion(payout.currency(), BigDecimal.ONE, payout.amount());
        }
        return new Conversion(kept.getString("currency"), kept.getJsonNumber("rate").bigDecimalValue(),
                kept.getJsonNumber("amount").bigDecimalValue());
    }

    /** The same conversion for another debited amount, rounded as the fx-rate endpoint rounds. */
    Conversion forAmount(BigDecimal debited) {
        return new Conversion(currency, rate, Currencies.round(debited.multiply(rate), currency));
    }

    /** Adds this conversion to a payout's details. */
    JsonObject addTo(JsonObject details) {
        return JSON.createObjectBuilder(details)
                .add(KEY, JSON.createObjectBuilder()
                        .add("currency", currency)
                        .add("rate", Wire.amount(rate))
                        .add("amount", Wire.amount(amount)))
                .build();
    }
}
