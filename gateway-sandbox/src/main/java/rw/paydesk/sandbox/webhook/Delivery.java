package rw.paydesk.sandbox.webhook;

import java.time.Instant;

/** One webhook to send, with where it stands. Status: held, pending, delivered, failed, dropped. */
public record Delivery(long id, String accountNumber, Long txnId, String event, String url, String payload,
                       String status, int attempts, Instant nextAttemptAt, Integer lastHttpStatus, Instant createdAt,
                       Instant deliveredAt) {
}
