package rw.paydesk.reporting.subscription.domain;

/** The mail of one run to one recipient. */
public enum DeliveryStatus {
    /** Not tried yet. */
    PENDING("Waiting"),
    /** Handed to the mail server right now (or when the node sending it stopped). */
    SENDING("Sending"),
    /** The last try failed for a reason that may pass; tried again later. */
    RETRYING("Retrying"),
    /** Accepted by the mail server, or kept in the outbox. */
    SENT("Sent"),
    /** Refused for good (an address the server does not accept), or every retry failed. */
    FAILED("Failed");

    private final String label;

    DeliveryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String getLabel() {
        return label;
    }

    public boolean finished() {
        return this == SENT || this == FAILED;
    }
}
