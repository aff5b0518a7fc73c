package rw.paydesk.payouts.submission;

import rw.paydesk.core.gateway.GatewayPayout;
import rw.paydesk.core.gateway.GatewayTransaction;

/**
 * Where the steps of a transfer sent to the gateway are recorded, each in a transaction of its
 * own: a single payout or a row of a bulk file. Implementations move their record forward only.
 */
public interface TransferSteps {

    /** The gateway acknowledged the transfer ({@code NEW}). */
    void answered(String reference, GatewayPayout answer);

    /** The gateway refused it; nothing was paid. */
    void refusedByGateway(String reference, String code, String message);

    /** The request did not reach the gateway (unreachable, busy); it may be sent again, same reference. */
    void notSent(String reference, String why);

    /** No answer that says what happened: UNKNOWN until a status query or webhook settles it. */
    void unknown(String reference, String why);

    /** What the gateway's records say about the reference. */
    void adopt(String reference, GatewayTransaction transaction, String why);

    /** The gateway could not tell (yet): ask again later, never send again. */
    void checkAgainLater(String reference, String why);
}
