package rw.paydesk.core.gateway;

import java.math.BigDecimal;

/**
 * A movement as the gateway records it.
 *
 * @param reference     ours
 * @param transactionId the gateway's
 * @param status        as the gateway says it ({@code pending}, {@code successful}, {@code failed}...)
 * @param amount        the base amount
 * @param currency      ISO 4217
 * @param fee           the fee
 * @param reason        why it failed, if it did
 */
public record GatewayTransaction(String reference, String transactionId, String status, BigDecimal amount,
                                 String currency, BigDecimal fee, String reason) {
}
