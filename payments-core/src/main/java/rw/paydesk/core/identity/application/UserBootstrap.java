package rw.paydesk.core.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import rw.paydesk.core.audit.application.AuditTrail;
import rw.paydesk.core.audit.domain.AuditAction;
import rw.paydesk.core.identity.domain.Role;
import rw.paydesk.core.identity.domain.UserAccount;
import rw.paydesk.core.platform.FirstStart;
import rw.paydesk.core.platform.GatewayEnvironment;
import rw.paydesk.core.platform.PaydeskSettings;

import java.time.Clock;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Makes sure someone can sign in after the first start, and tells the console how.
 * <ul>
 * <li>Sandbox: one demo user per role, with the public passwords of {@link DemoUsers}.</li>
 * <li>Live: one administrator whose password comes from configuration, or is generated and
 * printed once. Demo users left over from a sandbox run are disabled: their passwords are
 * public.</li>
 * </ul>
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class UserBootstrap {

    private static final Logger LOG = Logger.getLogger(UserBootstrap.class.getName());

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    TemporaryPasswords temporaryPasswords;

    @Inject
    PaydeskSettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @PostConstruct
    void bootstrap() {
        FirstStart.lock(em); // another node starting now waits, then finds the users
        boolean empty = em.createNamedQuery(UserAccount.COUNT, Long.class).getSingleResult() == 0;
        StringBuilder banner = new StringBuilder("\n\n  PayDesk is running at ").append(settings.publicUrl())
                .append("  (").append(settings.environment()).append(")\n");
        if (settings.environment() == GatewayEnvironment.SANDBOX) {
            if (empty) {
                createDemoUsers();
            }
            banner.append("  Sign in as admin / demo-admin-pass, maker / demo-maker-pass,\n")
                    .append("  approver / demo-approver-pass, approver2 / demo-approver2-pass or viewer / demo-viewer-pass\n")
                    .append("  (listed on the sign-in page).\n");
        } else {
            disableDemoUsers();
            if (empty) {
                banner.append(createFirstAdmin());
            } else {
                banner.append("  Sign in with your PayDesk account.\n");
            }
        }
        LOG.info(banner.toString());
    }

    private void createDemoUsers() {
        for (DemoUsers.DemoUser demo : DemoUsers.ALL) {
            em.persist(new UserAccount(demo.username(), demo.fullName(), demo.username() + "@paydesk.example",
                    Set.of(demo.role()), passwords.hash(demo.password().toCharArray()), clock.instant()));
            audit.record(AuditAction.USER_CREATED, demo.username(), "sandbox demo user, role " + demo.role());
        }
    }

    private String createFirstAdmin() {
        String username = settings.bootstrapAdminUsername();
        String configured = settings.bootstrapAdminPassword().orElse(null);
        String password = configured != null ? configured : temporaryPasswords.generate();
        UserAccount admin = new UserAccount(username, "Administrator", null, Set.of(Role.ADMIN),
                passwords.hash(password.toCharArray()), clock.instant());
        admin.resetPassword(admin.passwordHash(), clock.instant());
        em.persist(admin);
        audit.record(AuditAction.USER_CREATED, username, "first administrator");
        if (configured != null) {
            return "  Sign in as " + username + " with the password set in paydesk.bootstrap.admin-password;"
                    + " you will be asked to change it.\n";
        }
        // printed once: the next start finds a user and prints nothing of it
        return "  First start: sign in as " + username + " with the one-time password  " + password
                + "\n  It is shown only now; you will be asked to change it.\n";
    }

    private void disableDemoUsers() {
        for (DemoUsers.DemoUser demo : DemoUsers.ALL) {
            em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                    .setParameter("username", demo.username())
                    .getResultStream()
                    .filter(u -> u.enabled() && passwords.verify(demo.password().toCharArray(), u.passwordHash()))
                    .forEach(u -> {
                        u.disable();
                        audit.record(AuditAction.USER_DISABLED, u.username(),
                                "live mode: demo user with its public password");
                        LOG.warning("Disabled demo user '" + u.username() + "': live mode has no demo users.");
                    });
        }
    }
}
