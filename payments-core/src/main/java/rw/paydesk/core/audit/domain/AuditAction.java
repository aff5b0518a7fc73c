package rw.paydesk.core.audit.domain;

/** Everything the audit log records. Later features add their money actions here. */
public enum AuditAction {
    SIGN_IN_SUCCEEDED,
    SIGN_IN_FAILED,
    ACCOUNT_LOCKED,
    SIGN_IN_REFUSED_LOCKED,
    SIGN_IN_REFUSED_DISABLED,
    SIGNED_OUT,
    USER_CREATED,
    USER_UPDATED,
    ROLES_CHANGED,
    USER_DISABLED,
    USER_ENABLED,
    USER_UNLOCKED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    PASSWORD_CHANGE_REFUSED,
    ACCESS_DENIED,
    WEBHOOK_REJECTED,
    WEBHOOK_REPLAYED
}
