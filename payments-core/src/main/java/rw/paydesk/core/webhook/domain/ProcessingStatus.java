package rw.paydesk.core.webhook.domain;

/** Where a received webhook stands in the inbox. */
public enum ProcessingStatus {
    /** Stored, waiting to be processed. */
    RECEIVED,
    /** Handed to PayDesk's observers; the outcome says what they did. */
    PROCESSED,
    /** The same event was received before; kept for the log, with no effect. */
    DUPLICATE,
    /** The body was not a JSON object; kept as it came, answered with 400. */
    MALFORMED,
    /** An observer failed; nothing it did was kept, the outcome holds the error. */
    FAILED
}
