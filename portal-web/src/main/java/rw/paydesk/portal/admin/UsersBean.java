package rw.paydesk.portal.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import rw.paydesk.core.identity.application.UserAdministration;
import rw.paydesk.core.identity.domain.IdentityException;
import rw.paydesk.core.identity.domain.Role;
import rw.paydesk.core.identity.domain.UserAccount;
import rw.paydesk.portal.faces.Messages;

import java.io.Serializable;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** The users page: list, create, roles, disable/enable, unlock, password reset. */
@Named
@ViewScoped
public class UsersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserAdministration administration;

    @Inject
    Clock clock;

    private transient List<UserAccount> users;

    private String newUsername;
    private String newFullName;
    private String newEmail;
    private Role[] newRoles = {};

    private String selectedUsername;
    private String editFullName;
    private String editEmail;
    private Role[] editRoles = {};

    /** Shown once, right after it was generated, and then forgotten. */
    private String issuedPassword;
    private String issuedFor;

    public List<UserAccount> getUsers() {
        if (users == null) {
            users = administration.users();
        }
        return users;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public boolean isLocked(UserAccount user) {
        return user.isLockedAt(clock.instant());
    }

    public String status(UserAccount user) {
        if (!user.enabled()) {
            return "Disabled";
        }
        if (isLocked(user)) {
            return "Locked";
        }
        return user.mustChangePassword() ? "Must change password" : "Active";
    }

    public void create() {
        String username = newUsername;
        perform(() -> administration.createUser(newUsername, newFullName, newEmail, roles(newRoles)),
                password -> {
                    issue(username, password);
                    newUsername = null;
                    newFullName = null;
                    newEmail = null;
                    newRoles = new Role[0];
                    return "User " + username + " created.";
                });
    }

    public void select(UserAccount user) {
        selectedUsername = user.username();
        editFullName = user.fullName();
        editEmail = user.email();
        editRoles = user.roles().toArray(Role[]::new);
        issuedPassword = null;
    }

    public void saveSelected() {
        perform(() -> {
            administration.updateDetails(selectedUsername, editFullName, editEmail);
            administration.changeRoles(selectedUsername, roles(editRoles));
            return null;
        }, ignored -> "User " + selectedUsername + " saved.");
    }

    public void disable(UserAccount user) {
        perform(() -> { administration.disable(user.username()); return null; },
                ignored -> "User " + user.username() + " disabled.");
    }

    public void enable(UserAccount user) {
        perform(() -> { administration.enable(user.username()); return null; },
                ignored -> "User " + user.username() + " enabled.");
    }

    public void unlock(UserAccount user) {
        perform(() -> { administration.unlock(user.username()); return null; },
                ignored -> "User " + user.username() + " unlocked.");
    }

    public void resetPassword(UserAccount user) {
        perform(() -> administration.resetPassword(user.username()), password -> {
            issue(user.username(), password);
            return "A temporary password was issued for " + user.username() + ".";
        });
    }

    private void issue(String username, String password) {
        issuedFor = username;
        issuedPassword = password;
    }

    private <T> void perform(Supplier<T> action, java.util.function.Function<T, String> success) {
        try {
            T result = action.get();
            users = null;
            Messages.info(success.apply(result));
        } catch (IdentityException refused) {
            Messages.error(refused.getMessage());
        }
    }

    private static Set<Role> roles(Role[] roles) {
        return roles == null || roles.length == 0 ? Set.of() : EnumSet.copyOf(List.of(roles));
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public String getNewFullName() {
        return newFullName;
    }

    public void setNewFullName(String newFullName) {
        this.newFullName = newFullName;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public Role[] getNewRoles() {
        return newRoles;
    }

    public void setNewRoles(Role[] newRoles) {
        this.newRoles = newRoles;
    }

    public String getSelectedUsername() {
        return selectedUsername;
    }

    public String getEditFullName() {
        return editFullName;
    }

    public void setEditFullName(String editFullName) {
        this.editFullName = editFullName;
    }

    public String getEditEmail() {
        return editEmail;
    }

    public void setEditEmail(String editEmail) {
        this.editEmail = editEmail;
    }

    public Role[] getEditRoles() {
        return editRoles;
    }

    public void setEditRoles(Role[] editRoles) {
        this.editRoles = editRoles;
    }

    public String getIssuedPassword() {
        return issuedPassword;
    }

    public String getIssuedFor() {
        return issuedFor;
    }

    public void forgetIssuedPassword() {
        issuedPassword = null;
        issuedFor = null;
    }
}
