package rw.paydesk.sandbox.webhook;

import java.time.Instant;

/**
 * One webhook to send, with where it stands. Status: held, pending, delivered, failed, dropped.
 * {@code gateway} names the emulated gateway whose {@link WebhookHeaders} sign it (null: DGS-Pay);
 * {@code eventId} is the gateway's event id, the same on every retry and duplicate (null for DGS-Pay).
 */
public record Delivery(long id, String accountNumber, Long txnId, String event, String url, String payload,
                       String status, int attempts, Instant nextAttemptAt, Integer lastHttpStatus, Instant createdAt,
                       Instant deliveredAt, String gateway, String eventId) {
}
