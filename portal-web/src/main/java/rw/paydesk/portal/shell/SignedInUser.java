package rw.paydesk.portal.shell;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import rw.paydesk.core.identity.domain.Role;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is signed in to this session, for the header and the menu. Filled at sign-in; the
 * server's own role checks never read it.
 */
@Named
@SessionScoped
public class SignedInUser implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username;
    private String fullName;
    private EnumSet<Role> roles = EnumSet.noneOf(Role.class);

    public void signedIn(String username, String fullName, Set<Role> roles) {
        this.username = username;
        this.fullName = fullName;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean isPresent() {
        return username != null;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    public String getRoleLabels() {
        return roles.stream().map(Role::label).collect(Collectors.joining(", "));
    }

    public String getInitials() {
        if (fullName == null || fullName.isBlank()) {
            return "?";
        }
        String[] parts = fullName.trim().split("\\s+");
        return (parts[0].substring(0, 1) + (parts.length > 1 ? parts[parts.length - 1].substring(0, 1) : ""))
                .toUpperCase();
    }
}
