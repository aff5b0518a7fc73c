package rw.paydesk.core.identity.domain;

/** What became of one sign-in attempt. */
public enum SignInOutcome {
    /** Right password, account usable. */
    SIGNED_IN,
    /** Unknown user or wrong password; the account (if any) is not locked yet. */
    BAD_CREDENTIALS,
    /** This attempt was the one that locked the account. */
    LOCKED_NOW,
    /** The account was already locked; the password was not even checked. */
    LOCKED,
    /** The account is disabled by an administrator. */
    DISABLED
}
