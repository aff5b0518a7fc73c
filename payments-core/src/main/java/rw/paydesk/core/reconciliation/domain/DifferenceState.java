package rw.paydesk.core.reconciliation.domain;

/**
 * Where a difference stands. It is {@link #EXPECTED} while it may still be work in progress (a
 * webhook on its way, a sync not yet run), an {@link #EXCEPTION} once it outlives the grace
 * period, and ends {@link #CLEARED} when the accounts come to agree by themselves or
 * {@link #RESOLVED} when a person explains it.
 */
public enum DifferenceState {
    EXPECTED("Expected"),
    EXCEPTION("Exception"),
    CLEARED("Cleared"),
    RESOLVED("Resolved");

    private final String label;

    DifferenceState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still needs the accounts to agree or a person to explain it. */
    public boolean isOpen() {
        return this == EXPECTED || this == EXCEPTION;
    }
}
