package rw.paydesk.core.identity.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import rw.paydesk.core.audit.application.AuditTrail;
import rw.paydesk.core.audit.domain.AuditAction;
import rw.paydesk.core.identity.domain.IdentityException;
import rw.paydesk.core.identity.domain.PasswordPolicy;
import rw.paydesk.core.identity.domain.Role;
import rw.paydesk.core.identity.domain.UserAccount;

import java.time.Clock;

/** What every signed-in user may do with their own account. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.MAKER_NAME, Role.APPROVER_NAME, Role.VIEWER_NAME})
public class OwnAccount {

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    PasswordChangeRefusals refusals;

    @Resource
    SessionContext session;

    public UserAccount me() {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", session.getCallerPrincipal().getName())
                .getSingleResult();
    }

    /** Replaces the caller's password after checking the current one and the policy. */
    public void changePassword(char[] current, char[] replacement) {
        UserAccount user = me();
        if (!passwords.verify(current, user.passwordHash())) {
            refuse(user, "The current password is not right.");
        }
        String candidate = new String(replacement);
        PasswordPolicy.violation(user.username(), candidate).ifPresent(message -> refuse(user, message));
        if (passwords.verify(replacement, user.passwordHash())) {
            refuse(user, "The new password must differ from the current one.");
        }
        user.changePassword(passwords.hash(replacement), clock.instant());
        audit.record(AuditAction.PASSWORD_CHANGED, user.username(), null);
    }

    private void refuse(UserAccount user, String reason) {
        // the refusal rolls back, so its audit line is written in a transaction of its own
        refusals.recordRefusal(user.username(), reason);
        throw new IdentityException(reason);
    }
}
