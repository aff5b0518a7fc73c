package rw.paydesk.sandbox.charge;

import rw.paydesk.sandbox.payment.SimulatedResponse;

/**
 * How a charge ends in the sandbox. The charges API has no simulation field, so the
 * {@code mobile_money_phone} decides: its last seven digits 0000001 to 0000004 are test numbers
 * on either network (780000001, 720000001, …); any other number waits for the customer on the
 * virtual handset.
 */
public enum ChargeScenario {
    /** The normal case: pending until the customer approves or declines, or the prompt times out. */
    CUSTOMER_DECIDES(null, false, null),
    /** {@code transaction_status: successful} in the answer itself. */
    SUCCESSFUL_AT_ONCE("0000001", true, SimulatedResponse.APPROVED),
    /** {@code status: failed} in the answer itself: declined, issuer code 05, insufficient funds. */
    FAILED_AT_ONCE("0000002", true, SimulatedResponse.INSUFFICIENT_FUNDS),
    /** Pending, then successful after {@code sandbox.simulation.delay-ms}, as if the customer approved. */
    SUCCESSFUL_LATER("0000003", false, SimulatedResponse.APPROVED),
    /** Pending, then failed with insufficient funds after {@code sandbox.simulation.delay-ms}. */
    FAILED_LATER("0000004", false, SimulatedResponse.INSUFFICIENT_FUNDS);

    /** The issuer's code for the decline the docs show: "05", "Insufficient funds". */
    public static final String DECLINE_CODE = "05";

    private final String subscriber;
    private final boolean immediate;
    private final SimulatedResponse response;

    ChargeScenario(String subscriber, boolean immediate, SimulatedResponse response) {
        this.subscriber = subscriber;
        this.immediate = immediate;
        this.response = response;
    }

    public static ChargeScenario of(RwandaMobileNumber phone) {
        String subscriber = phone.national().substring(2);
        for (ChargeScenario s : values()) {
            if (subscriber.equals(s.subscriber)) {
                return s;
            }
        }
        return CUSTOMER_DECIDES;
    }

    /** True when the answer to the request already carries the outcome. */
    public boolean immediate() {
        return immediate;
    }

    /** True when the clock, not the customer, ends the charge after the simulation delay. */
    public boolean simulated() {
        return response != null && !immediate;
    }

    /** The outcome a test number fixes; null when the customer decides. */
    public SimulatedResponse response() {
        return response;
    }
}
