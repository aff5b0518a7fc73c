package rw.paydesk.portal.settings;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.ConfigValue;
import rw.paydesk.core.identity.domain.Role;

import java.util.List;
import java.util.Locale;

/**
 * The configuration PayDesk is running with, for administrators: each documented key,
 * its value and where it came from. Secrets are masked here and never logged.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ConfigurationOverview {

    /**
     * One setting as shown to an administrator.
     *
     * @param key      the MicroProfile Config key
     * @param envVar   the environment variable that overrides it
     * @param value    its value, masked if secret
     * @param source   where the value came from
     * @param secret   whether the value is a secret
     */
    public record Setting(String key, String envVar, String value, String source, boolean secret) {
    }

    /** Every key PayDesk reads; the README documents the same list. */
    static final List<String> KEYS = List.of(
            "paydesk.environment", "paydesk.public-url",
            "paydesk.db.class-name", "paydesk.db.url", "paydesk.db.user", "paydesk.db.password",
            "paydesk.gateway.base-url", "paydesk.gateway.account-number", "paydesk.gateway.client-secret",
            "paydesk.gateway.webhook-secret", "paydesk.gateway.webhook-secret-previous",
            "paydesk.gateway.connect-timeout", "paydesk.gateway.read-timeout",
            "paydesk.gateway.callback-url", "paydesk.gateway.card-public-key",
            "paydesk.rwandapay.enabled", "paydesk.rwandapay.name", "paydesk.rwandapay.base-url",
            "paydesk.rwandapay.secret-key", "paydesk.rwandapay.webhook-secret", "paydesk.rwandapay.webhook-secret-previous",
            "paydesk.rwandapay.webhook-tolerance", "paydesk.rwandapay.requests-per-minute",
            "paydesk.rwandapay.max-throttle-wait", "paydesk.rwandapay.connect-timeout", "paydesk.rwandapay.read-timeout",
            "paydesk.rwandapay.callback-url",
            "paydesk.dgs-charges.enabled", "paydesk.dgs-charges.name", "paydesk.dgs-charges.base-url",
            "paydesk.dgs-charges.api-key", "paydesk.dgs-charges.redirect-url",
            "paydesk.mail.smtp.host", "paydesk.mail.smtp.port", "paydesk.mail.smtp.user", "paydesk.mail.smtp.password",
            "paydesk.mail.smtp.starttls", "paydesk.mail.smtp.timeout", "paydesk.mail.from",
            "paydesk.payouts.approval-tiers", "paydesk.payouts.approval-validity", "paydesk.payouts.cooling-off",
            "paydesk.payouts.sweep-interval", "paydesk.payouts.resend-after", "paydesk.payouts.status-check-delays",
            "paydesk.payouts.fee.bank", "paydesk.payouts.fee.mobile-percent", "paydesk.payouts.fee.mobile-minimum",
            "paydesk.payouts.min-amount", "paydesk.payouts.max-amount", "paydesk.payouts.bulk.max-rows",
            "paydesk.payouts.bulk.max-file-size", "paydesk.payouts.bulk.duplicate-window",
            "paydesk.schedule.token-refresh", "paydesk.schedule.reconciliation", "paydesk.reconciliation.check-delays",
            "paydesk.reconciliation.exception-after",
            "paydesk.schedule.reports", "paydesk.reports.retry-delays", "paydesk.schedule.ledger-sync",
            "paydesk.security.pbkdf2-iterations", "paydesk.security.lockout.max-attempts",
            "paydesk.security.lockout.duration", "paydesk.session.idle-timeout", "paydesk.session.secure-cookie",
            "paydesk.http.trust-forwarded-for",
            "paydesk.bootstrap.admin-username", "paydesk.bootstrap.admin-password");

    public List<Setting> settings() {
        Config config = ConfigProvider.getConfig();
        return KEYS.stream().map(key -> setting(config.getConfigValue(key))).toList();
    }

    private static Setting setting(ConfigValue value) {
        String key = value.getName();
        boolean secret = isSecret(key);
        String raw = value.getValue();
        String shown = raw == null || raw.isEmpty() ? "(not set)" : secret ? mask(raw) : raw;
        return new Setting(key, envVar(key), shown, source(value.getSourceName()), secret);
    }

    static boolean isSecret(String key) {
        return key.endsWith("password") || key.endsWith("secret") || key.endsWith("secret-previous")
                || key.endsWith("secret-key") || key.endsWith("api-key");
    }

    /** Enough to recognise which secret is in use, never enough to use it (the same rule as the gateway accounts'). */
    static String mask(String secret) {
        return rw.paydesk.core.platform.Secrets.mask(secret);
    }

    static String envVar(String key) {
        return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    private static String source(String sourceName) {
        if (sourceName == null) {
            return "default";
        }
        String s = sourceName.toLowerCase(Locale.ROOT);
        if (s.contains("env")) {
            return "environment";
        }
        if (s.contains("system")) {
            return "system property";
        }
        if (s.contains("properties")) {
            // the application's own microprofile-config.properties
            return "default";
        }
        return sourceName;
    }
}
