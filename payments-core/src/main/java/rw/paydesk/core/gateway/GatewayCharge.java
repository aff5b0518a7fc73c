package rw.paydesk.core.gateway;

import java.math.BigDecimal;

/**
 * The gateway's answer to a charge request.
 *
 * @param status        {@code pending}, {@code successful} or {@code failed}, as the gateway says
 * @param code          the gateway's code (e.g. "02")
 * @param message       the gateway's message
 * @param transactionId the gateway's id of the charge
 * @param fee           the fee the gateway announced, if any
 * @param instruction   what the customer is asked to do next, if anything
 * @param next          the step the gateway waits for (card payments), or null when none
 * @param gatewayReference the gateway's own reference, for APIs that take none of ours; else null
 */
public record GatewayCharge(String status, String code, String message, String transactionId, BigDecimal fee,
                            String instruction, NextStep next, String gatewayReference) {

    public GatewayCharge(String status, String code, String message, String transactionId, BigDecimal fee,
                         String instruction, NextStep next) {
        this(status, code, message, transactionId, fee, instruction, next, null);
    }

    /**
     * A step the card issuer asks for before the payment completes.
     *
     * @param kind        PIN, OTP, AVS or REDIRECT (3-D Secure)
     * @param redirectUrl where the cardholder authenticates, for REDIRECT
     */
    public record NextStep(Kind kind, String redirectUrl) {

        /** The kinds of step. */
        public enum Kind { PIN, OTP, AVS, REDIRECT }
    }
}
