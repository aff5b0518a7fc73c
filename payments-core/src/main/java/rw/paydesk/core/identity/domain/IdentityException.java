package rw.paydesk.core.identity.domain;

import jakarta.ejb.ApplicationException;

/**
 * A refused change to users or passwords, with a message meant for the person who asked.
 * It rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class IdentityException extends RuntimeException {

    public IdentityException(String message) {
        super(message);
    }
}
