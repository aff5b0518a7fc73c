package rw.paydesk.reporting.mail;

/**
 * A mail that did not go out. Permanent when the server refused the recipient for good (a 5xx
 * answer to the address); anything else (no connection, a time-out, a 4xx, a failed sign-in) may
 * pass and is retried.
 */
public class DeliveryFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean permanent;

    public DeliveryFailure(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
