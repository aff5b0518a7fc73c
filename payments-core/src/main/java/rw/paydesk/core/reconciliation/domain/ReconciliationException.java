package rw.paydesk.core.reconciliation.domain;

import jakarta.ejb.ApplicationException;

/** A request reconciliation refuses, with a message for the person who made it. */
@ApplicationException(rollback = true)
public class ReconciliationException extends RuntimeException {

    public ReconciliationException(String message) {
        super(message);
    }
}
