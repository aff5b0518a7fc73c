package rw.paydesk.core.identity.application;

import rw.paydesk.core.identity.domain.Role;
import rw.paydesk.core.identity.domain.SignInOutcome;

import java.time.Instant;
import java.util.Set;

/**
 * The answer to a sign-in attempt.
 *
 * @param outcome            what happened
 * @param username           the normalized user name that was tried
 * @param fullName           the user's name to greet them by, empty unless signed in
 * @param roles              the roles to grant, empty unless signed in
 * @param mustChangePassword the user must choose a new password before doing anything else
 * @param lockedUntil        when a lock runs out, if the account is locked
 */
public record SignInResult(SignInOutcome outcome, String username, String fullName, Set<Role> roles, boolean mustChangePassword,
                           Instant lockedUntil) {

    public boolean signedIn() {
        return outcome == SignInOutcome.SIGNED_IN;
    }
}
