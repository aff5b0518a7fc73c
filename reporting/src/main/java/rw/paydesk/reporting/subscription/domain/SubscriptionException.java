package rw.paydesk.reporting.subscription.domain;

import jakarta.ejb.ApplicationException;

/** A request about report subscriptions that cannot be done; the message is for the user. */
@ApplicationException(rollback = true)
public class SubscriptionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SubscriptionException(String message) {
        super(message);
    }
}
