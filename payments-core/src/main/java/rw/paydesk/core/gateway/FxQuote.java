package rw.paydesk.core.gateway;

import rw.paydesk.core.money.Money;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An exchange-rate quote of the gateway.
 *
 * @param rateId      the gateway's id of the quote, kept with what was approved at it
 * @param rate        destination units per source unit
 * @param source      what is converted
 * @param destination what it becomes
 * @param quotedAt    when the gateway quoted it, if it said
 */
public record FxQuote(String rateId, BigDecimal rate, Money source, Money destination, Instant quotedAt) {
}
