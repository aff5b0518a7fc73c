package rw.paydesk.core.gateway;

import java.math.BigDecimal;

/** Giving a customer back all or part of a successful payment. */
public interface RefundChannel {

    /**
     * Refunds {@code amount} of the payment the gateway knows as {@code paymentReference}.
     * {@code refundReference} is ours, stored before the call and sent as the idempotency key:
     * sending the same refund again (after a lost answer) returns the first answer and never
     * refunds twice.
     */
    GatewayRefund refund(String refundReference, String paymentReference, BigDecimal amount, String reason);

    /**
     * The gateway's answer to a refund.
     *
     * @param gatewayReference its reference of the refund ({@code RFD-…})
     * @param status           as the gateway says it ({@code successful}, {@code failed}…)
     * @param amount           what was refunded
     * @param refundedTotal    what has been refunded of the payment in all
     */
    record GatewayRefund(String gatewayReference, String status, BigDecimal amount, BigDecimal refundedTotal) {
    }
}
