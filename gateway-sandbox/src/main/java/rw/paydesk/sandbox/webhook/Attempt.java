package rw.paydesk.sandbox.webhook;

import java.time.Instant;

/** One try at delivering a webhook: the receiver's status code, or the network error. */
public record Attempt(long deliveryId, int attemptNo, Instant attemptedAt, Integer httpStatus, String error,
                      long durationMs) {
}
