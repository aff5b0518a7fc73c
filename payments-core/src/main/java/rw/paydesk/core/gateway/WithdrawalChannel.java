package rw.paydesk.core.gateway;

import java.math.BigDecimal;
import java.util.Optional;

/** Moving the merchant's own money from the gateway wallet to the merchant's mobile-money account. */
public interface WithdrawalChannel {

    /**
     * Withdraws {@code amount} to {@code phone}. {@code pin} is the merchant's withdrawal PIN: it
     * goes to the gateway in this one call and is never kept, logged or audited. {@code reference}
     * is ours, stored before the call and sent as the idempotency key.
     */
    GatewayWithdrawal withdraw(String reference, BigDecimal amount, String phone, String provider, char[] pin);

    /** What the gateway knows of a withdrawal by its reference, or empty if none. */
    Optional<GatewayWithdrawal> withdrawal(String gatewayReference);

    /** The smallest withdrawal the gateway takes, in RWF. */
    BigDecimal minimum();

    /**
     * A withdrawal as the gateway describes it.
     *
     * @param gatewayReference its reference ({@code WDR-…})
     * @param status           {@code pending}, {@code successful}, {@code failed}
     * @param amount           the amount
     * @param fee              its fee, if any
     */
    record GatewayWithdrawal(String gatewayReference, String status, BigDecimal amount, BigDecimal fee) {
    }
}
