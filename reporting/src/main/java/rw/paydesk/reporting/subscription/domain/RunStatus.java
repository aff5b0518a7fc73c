package rw.paydesk.reporting.subscription.domain;

/** Where a run stands, from its deliveries. */
public enum RunStatus {
    /** Some recipient's mail is still to be sent or retried. */
    SENDING("Sending"),
    /** Every recipient's mail went out. */
    SENT("Sent"),
    /** Finished: some went out, some failed for good. */
    PARTLY_SENT("Partly sent"),
    /** Finished: none went out. */
    FAILED("Failed");

    private final String label;

    RunStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String getLabel() {
        return label;
    }
}
