package rw.paydesk.sandbox.webhook;

import java.time.Instant;
import java.util.Map;

/**
 * The headers another emulated gateway sends with its webhooks (its signature, its event id),
 * for the deliveries queued under its {@link #gateway()} name. Computed for every attempt, so a
 * timestamped signature is fresh on each retry.
 */
public interface WebhookHeaders {

    /** The name deliveries are queued under, e.g. "rwandapay". */
    String gateway();

    /** The headers of one attempt at sending {@code delivery}, made at {@code sentAt}. */
    Map<String, String> headers(Delivery delivery, Instant sentAt);
}
