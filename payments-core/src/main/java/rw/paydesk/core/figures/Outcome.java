package rw.paydesk.core.figures;

/** Where money stands, for counting: arrived or paid, still under way, or failed. */
public enum Outcome {
    /** Collected from the customer, or paid to the beneficiary. */
    DONE,
    /** Asked or sent, outcome not known yet (pending, submitted, unknown). */
    UNDER_WAY,
    /** Refused or failed: nothing moved. */
    FAILED
}
