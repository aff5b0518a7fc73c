package rw.paydesk.core.gateway;

import java.math.BigDecimal;

/**
 * The gateway's acknowledgement of a payout request.
 *
 * @param status        as the gateway says it: {@code NEW} when the transfer was created
 * @param transactionId the gateway's transaction id
 * @param transferId    the gateway's transfer id ({@code trf_…}), which its webhook calls {@code transaction_id}
 * @param fee           the fee it announced, in the source currency
 */
public record GatewayPayout(String status, String code, String message, String transactionId, String transferId,
                            BigDecimal fee) {
}
