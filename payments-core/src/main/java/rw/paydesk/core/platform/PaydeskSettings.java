package rw.paydesk.core.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The settings the core reads, from MicroProfile Config (environment variables override
 * the defaults in {@code microprofile-config.properties}). Read here, in an application
 * scoped bean, so that view-scoped beans never inject configuration themselves.
 */
@ApplicationScoped
public class PaydeskSettings {

    @Inject
    @ConfigProperty(name = "paydesk.environment", defaultValue = "sandbox")
    String environment;

    @Inject
    @ConfigProperty(name = "paydesk.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "paydesk.security.pbkdf2-iterations", defaultValue = "600000")
    int pbkdf2Iterations;

    @Inject
    @ConfigProperty(name = "paydesk.security.lockout.max-attempts", defaultValue = "5")
    int lockoutMaxAttempts;

    @Inject
    @ConfigProperty(name = "paydesk.security.lockout.duration", defaultValue = "PT15M")
    String lockoutDuration;

    @Inject
    @ConfigProperty(name = "paydesk.bootstrap.admin-username", defaultValue = "admin")
    String bootstrapAdminUsername;

    @Inject
    @ConfigProperty(name = "paydesk.bootstrap.admin-password")
    Optional<String> bootstrapAdminPassword;

    @Inject
    @ConfigProperty(name = "paydesk.http.trust-forwarded-for", defaultValue = "false")
    boolean trustForwardedFor;

    public GatewayEnvironment environment() {
        return GatewayEnvironment.parse(environment);
    }

    public String publicUrl() {
        return publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    public int pbkdf2Iterations() {
        return pbkdf2Iterations;
    }

    public int lockoutMaxAttempts() {
        return lockoutMaxAttempts;
    }

    public Duration lockoutDuration() {
        return Duration.parse(lockoutDuration.trim().toUpperCase(Locale.ROOT));
    }

    public String bootstrapAdminUsername() {
        return bootstrapAdminUsername;
    }

    public Optional<String> bootstrapAdminPassword() {
        return bootstrapAdminPassword.filter(s -> !s.isBlank());
    }

    public boolean trustForwardedFor() {
        return trustForwardedFor;
    }
}
