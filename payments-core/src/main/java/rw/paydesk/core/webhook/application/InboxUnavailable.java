package rw.paydesk.core.webhook.application;

import jakarta.ejb.ApplicationException;

/**
 * A delivery could not be stored (the insert failed or the database is away). Nothing was
 * kept; the gateway should deliver again. Its message never quotes the delivery: the
 * database's own message would, customer data included.
 */
@ApplicationException(rollback = true)
public class InboxUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InboxUnavailable(String message) {
        super(message);
    }
}
