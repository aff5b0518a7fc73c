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
import rw.paydesk.core.identity.domain.Role;
import rw.paydesk.core.identity.domain.UserAccount;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What administrators do with users. Every change is audited. Two guards keep the
 * merchant from locking itself out: an administrator cannot disable their own account or
 * take away their own ADMIN role, and the last enabled administrator cannot be lost.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class UserAdministration {

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    TemporaryPasswords temporaryPasswords;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    SessionRevocations revocations;

    @Resource
    SessionContext session;

    public List<UserAccount> users() {
        return em.createNamedQuery(UserAccount.ALL, UserAccount.class).getResultList();
    }

    public UserAccount user(String username) {
        return find(username);
    }

    /**
     * Creates a user with a temporary password, returned once so the administrator can hand
     * it over; the user must replace it at first sign-in.
     */
    public String createUser(String username, String fullName, String email, Set<Role> roles) {
        String name = UserAccount.normalizeUsername(username);
        if (!em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class).setParameter("username", name)
                .getResultList().isEmpty()) {
            throw new IdentityException("There is already a user named '" + name + "'.");
        }
        String temporary = temporaryPasswords.generate();
        UserAccount user = new UserAccount(name, fullName, email, roles, passwords.hash(temporary.toCharArray()),
                clock.instant());
        user.resetPassword(user.passwordHash(), clock.instant());
        em.persist(user);
        audit.record(AuditAction.USER_CREATED, name, "roles " + sorted(roles));
        return temporary;
    }

    public void updateDetails(String username, String fullName, String email) {
        UserAccount user = find(username);
        user.rename(fullName, email);
        audit.record(AuditAction.USER_UPDATED, user.username(), null);
    }

    public void changeRoles(String username, Set<Role> roles) {
        UserAccount user = find(username);
        Set<Role> before = user.roles();
        if (isSelf(user) && before.contains(Role.ADMIN) && (roles == null || !roles.contains(Role.ADMIN))) {
            throw new IdentityException("You cannot take the ADMIN role away from yourself.");
        }
        user.assignRoles(roles);
        if (before.contains(Role.ADMIN) && !user.hasRole(Role.ADMIN)) {
            requireAnotherEnabledAdmin(user);
        }
        revocations.revoke(user.username(), clock.instant());
        audit.record(AuditAction.ROLES_CHANGED, user.username(), sorted(before) + " -> " + sorted(user.roles()));
    }

    public void disable(String username) {
        UserAccount user = find(username);
        if (isSelf(user)) {
            throw new IdentityException("You cannot disable your own account.");
        }
        if (!user.enabled()) {
            return;
        }
        user.disable();
        if (user.hasRole(Role.ADMIN)) {
            requireAnotherEnabledAdmin(user);
        }
        revocations.revoke(user.username(), clock.instant());
        audit.record(AuditAction.USER_DISABLED, user.username(), null);
    }

    public void enable(String username) {
        UserAccount user = find(username);
        if (user.enabled()) {
            return;
        }
        user.enable();
        audit.record(AuditAction.USER_ENABLED, user.username(), null);
    }

    public void unlock(String username) {
        UserAccount user = find(username);
        user.unlock();
        audit.record(AuditAction.USER_UNLOCKED, user.username(), null);
    }

    /** Sets a new temporary password, returned once; it also lifts a lock. */
    public String resetPassword(String username) {
        UserAccount user = find(username);
        String temporary = temporaryPasswords.generate();
        user.resetPassword(passwords.hash(temporary.toCharArray()), clock.instant());
        revocations.revoke(user.username(), clock.instant());
        audit.record(AuditAction.PASSWORD_RESET, user.username(), "temporary password issued");
        return temporary;
    }

    private UserAccount find(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", UserAccount.normalizeUsername(username))
                .getResultStream().findFirst()
                .orElseThrow(() -> new IdentityException("There is no user named '" + username + "'."));
    }

    private boolean isSelf(UserAccount user) {
        return user.username().equals(session.getCallerPrincipal().getName());
    }

    private void requireAnotherEnabledAdmin(UserAccount changed) {
        boolean another = users().stream()
                .anyMatch(u -> u != changed && u.enabled() && u.hasRole(Role.ADMIN));
        if (!another) {
            throw new IdentityException("PayDesk needs at least one enabled administrator.");
        }
    }

    private static String sorted(Set<Role> roles) {
        return new TreeSet<>(roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles).toString();
    }
}
