package rw.paydesk.core.gateway;

import java.time.Instant;

/** A hosted checkout page the customer is sent to: the gateway's form of a payment link. */
public interface CheckoutChannel {

    /**
     * Opens a checkout session for {@code reference} (ours, stored before the call, sent as the
     * merchant reference and as the idempotency key).
     */
    GatewayLink openCheckout(String reference, CheckoutRequest request);

    /**
     * What the customer is asked to pay.
     *
     * @param amount        in RWF
     * @param customerName  optional
     * @param customerEmail optional
     * @param customerPhone optional
     * @param description   what it is for
     * @param redirectUrl   where the customer's browser goes afterwards
     * @param webhookUrl    where the gateway reports the payment
     */
    record CheckoutRequest(rw.paydesk.core.money.Money amount, String customerName, String customerEmail,
                           String customerPhone, String description, String redirectUrl, String webhookUrl) {
    }

    /** When a session opened now expires, if the gateway did not say. */
    default Instant defaultExpiry(Instant now) {
        return now.plusSeconds(30 * 60);
    }
}
