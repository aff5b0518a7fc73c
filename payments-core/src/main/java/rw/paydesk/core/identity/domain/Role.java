package rw.paydesk.core.identity.domain;

/**
 * What a PayDesk user may do. A user may hold several roles; none implies another, so an
 * administrator who should also move money is given MAKER or APPROVER explicitly.
 */
public enum Role {
    /** Manages users, settings and report subscriptions; reads the audit log. */
    ADMIN("Administrator"),
    /** Prepares money movements: payment links, collection requests, payouts. */
    MAKER("Maker"),
    /** Approves or rejects what makers prepared; resolves reconciliation exceptions. */
    APPROVER("Approver"),
    /** Reads balances, transactions and reports; changes nothing. */
    VIEWER("Viewer");

    /** Role names as constants, for {@code @RolesAllowed}. */
    public static final String ADMIN_NAME = "ADMIN";
    public static final String MAKER_NAME = "MAKER";
    public static final String APPROVER_NAME = "APPROVER";
    public static final String VIEWER_NAME = "VIEWER";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
