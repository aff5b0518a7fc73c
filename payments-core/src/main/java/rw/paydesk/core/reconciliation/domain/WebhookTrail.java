package rw.paydesk.core.reconciliation.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What the webhook log holds about one reference.
 *
 * @param deliveries every webhook received for it (malformed ones have no reference)
 * @param duplicates deliveries of an event already received, which had no effect
 * @param status     the status word of the latest webhook that was applied, or null
 * @param amount     what that webhook said of the amount, or null
 * @param fee        and of the fee
 * @param currency   and of the currency
 * @param firstAt    when the first came
 */
public record WebhookTrail(String reference, int deliveries, int duplicates, String status, BigDecimal amount,
                           BigDecimal fee, String currency, Instant firstAt) {

    /** No webhook came for it. */
    public static WebhookTrail none(String reference) {
        return new WebhookTrail(reference, 0, 0, null, null, null, null, null);
    }
}
