package rw.paydesk.core.gateway;

import rw.paydesk.core.party.Reference;

import java.util.Optional;

/** Collecting from a customer's mobile wallet: the part every gateway API offers. */
public interface MobileMoneyChannel {

    /** Asks a customer to approve a payment on their phone (STK push). */
    GatewayCharge collectMobileMoney(MobileMoneyCollection request);

    /** What the gateway knows of a movement we referenced, or empty if it knows none. */
    Optional<GatewayTransaction> transactionStatus(Reference reference);

    /**
     * What the gateway knows of a charge: by the gateway's own reference where it gave one
     * (APIs that take no merchant reference), else by ours.
     */
    default Optional<GatewayTransaction> chargeStatus(String reference, String gatewayReference) {
        return transactionStatus(new Reference(reference));
    }

    /** Whether a call now would wait for a rate limit: background reads then stand aside. */
    default boolean busy() {
        return false;
    }
}
