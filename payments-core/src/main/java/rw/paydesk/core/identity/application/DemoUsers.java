package rw.paydesk.core.identity.application;

import rw.paydesk.core.identity.domain.Role;

import java.util.List;

/**
 * The users a sandbox installation starts with, one per role, so a first-time user can try
 * every part of PayDesk. Their passwords are public (the sign-in page shows them); a live
 * installation never has them.
 */
public final class DemoUsers {

    /**
     * One demo user.
     *
     * @param username user name
     * @param password its public password
     * @param fullName display name
     * @param role     its one role
     */
    public record DemoUser(String username, String password, String fullName, Role role) {
    }

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("admin", "demo-admin-pass", "Alice Admin", Role.ADMIN),
            new DemoUser("maker", "demo-maker-pass", "Moses Maker", Role.MAKER),
            new DemoUser("approver", "demo-approver-pass", "Aline Approver", Role.APPROVER),
            // large payouts need two different approvers
            new DemoUser("approver2", "demo-approver2-pass", "Eric Approver", Role.APPROVER),
            new DemoUser("viewer", "demo-viewer-pass", "Victor Viewer", Role.VIEWER));

    private DemoUsers() {
    }
}
