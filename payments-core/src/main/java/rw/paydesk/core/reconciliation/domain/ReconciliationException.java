package rw.paydesk.core.reconciliation.domain;

/** A request reconciliation refuses, with a message for the person who made it. */
public class ReconciliationException extends RuntimeException {

    public ReconciliationException(String message) {
        super(message);
    }
}
