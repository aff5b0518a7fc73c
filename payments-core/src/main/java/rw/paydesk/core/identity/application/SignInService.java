package rw.paydesk.core.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import rw.paydesk.core.audit.application.AuditTrail;
import rw.paydesk.core.audit.domain.AuditAction;
import rw.paydesk.core.identity.domain.IdentityException;
import rw.paydesk.core.identity.domain.LockoutPolicy;
import rw.paydesk.core.identity.domain.SignInOutcome;
import rw.paydesk.core.identity.domain.UserAccount;
import rw.paydesk.core.platform.PaydeskSettings;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/**
 * Checks a user name and password, applies the lockout rule, and audits every attempt.
 * Called by the identity store; it commits even when the attempt fails, so that failures
 * are counted.
 */
@Stateless
@PermitAll
public class SignInService {

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    AuditTrail audit;

    @Inject
    PaydeskSettings settings;

    @Inject
    Clock clock;

    public SignInResult signIn(String username, char[] password) {
        String name;
        try {
            name = UserAccount.normalizeUsername(username);
        } catch (IdentityException notAUserName) {
            passwords.verifyDecoy(password);
            audit.recordAs(printable(username), AuditAction.SIGN_IN_FAILED, printable(username), "not a valid user name");
            return new SignInResult(SignInOutcome.BAD_CREDENTIALS, printable(username), "", Set.of(), false, null);
        }
        UserAccount user = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", name)
                // two attempts at once must not both read "4 failures" and lose one
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        if (user == null) {
            passwords.verifyDecoy(password);
            audit.recordAs(name, AuditAction.SIGN_IN_FAILED, name, "unknown user");
            return new SignInResult(SignInOutcome.BAD_CREDENTIALS, name, "", Set.of(), false, null);
        }
        Instant now = clock.instant();
        SignInOutcome outcome = user.attemptSignIn(() -> passwords.verify(password, user.passwordHash()), now, policy());
        switch (outcome) {
            case SIGNED_IN -> audit.recordAs(name, AuditAction.SIGN_IN_SUCCEEDED, name, null);
            case BAD_CREDENTIALS -> audit.recordAs(name, AuditAction.SIGN_IN_FAILED, name,
                    "wrong password (" + user.failedAttempts() + " in a row)");
            case LOCKED_NOW -> {
                audit.recordAs(name, AuditAction.SIGN_IN_FAILED, name,
                        "wrong password (" + user.failedAttempts() + " in a row)");
                audit.recordAs(name, AuditAction.ACCOUNT_LOCKED, name, "locked until " + kigali(user.lockedUntil()));
            }
            case LOCKED -> audit.recordAs(name, AuditAction.SIGN_IN_REFUSED_LOCKED, name,
                    "locked until " + kigali(user.lockedUntil()));
            case DISABLED -> audit.recordAs(name, AuditAction.SIGN_IN_REFUSED_DISABLED, name, null);
        }
        boolean in = outcome == SignInOutcome.SIGNED_IN;
        return new SignInResult(outcome, name, in ? user.fullName() : "", in ? user.roles() : Set.of(),
                user.mustChangePassword(), user.isLockedAt(now) ? user.lockedUntil() : null);
    }

    /** Records that a user signed out. */
    public void signedOut(String username) {
        audit.recordAs(username, AuditAction.SIGNED_OUT, username, null);
    }

    private LockoutPolicy policy() {
        return new LockoutPolicy(settings.lockoutMaxAttempts(), settings.lockoutDuration());
    }

    private static final DateTimeFormatter KIGALI = DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm:ss 'Kigali time'").withZone(ZoneId.of("Africa/Kigali"));

    private static String kigali(Instant instant) {
        return KIGALI.format(instant);
    }

    /** A typed user name can hold anything; keep the log readable and short. */
    private static String printable(String s) {
        if (s == null) {
            return "(none)";
        }
        String cleaned = s.replaceAll("[^\\p{Print}]", "?");
        return cleaned.length() > 64 ? cleaned.substring(0, 64) : cleaned;
    }
}
