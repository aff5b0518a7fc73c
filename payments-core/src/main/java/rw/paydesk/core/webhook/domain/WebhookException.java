package rw.paydesk.core.webhook.domain;

import jakarta.ejb.ApplicationException;

/** A refused action on the webhook inbox, with a message for the administrator who asked. */
@ApplicationException(rollback = true)
public class WebhookException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WebhookException(String message) {
        super(message);
    }
}
