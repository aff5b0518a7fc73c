package rw.paydesk.core.gateway;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One movement of the gateway's transaction list, in the gateway's own words (the ledger maps
 * them). Any field but {@code reference} may be missing.
 *
 * @param sequence      the gateway's row id ({@code id}); it grows with every new movement
 * @param direction     {@code collection} or {@code disbursement}/{@code payout}
 * @param reference     the reference the movement was made with (ours, for PayDesk's own)
 * @param transactionId the gateway's transaction or transfer id
 * @param method        {@code mobile_money}, {@code card}, {@code bank}…
 * @param status        {@code pending}, {@code successful}, {@code success}, {@code failed}…
 * @param amount        the base amount
 * @param fee           the total fee
 * @param currency      ISO 4217
 * @param reason        why it failed, if it did
 * @param createdAt     when the gateway recorded it
 * @param updatedAt     when it last changed there
 */
public record ListedTransaction(Long sequence, String direction, String reference, String transactionId,
                                String method, String status, BigDecimal amount, BigDecimal fee, String currency,
                                String reason, Instant createdAt, Instant updatedAt) {
}
