package rw.paydesk.portal.settings;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigurationOverviewTest {

    @Test
    void every_key_has_a_default_and_the_settings_page_lists_them_all() throws Exception {
        Properties defaults = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/META-INF/microprofile-config.properties"))) {
            defaults.load(in);
        }
        assertEquals(new TreeSet<>(defaults.stringPropertyNames()), new TreeSet<>(ConfigurationOverview.KEYS));
    }

    @Test
    void every_key_and_its_environment_variable_is_documented_in_the_readme() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        for (String key : ConfigurationOverview.KEYS) {
            assertTrue(readme.contains("`" + key + "`"), key + " is missing from README.md");
            assertTrue(readme.contains("`" + ConfigurationOverview.envVar(key) + "`"),
                    ConfigurationOverview.envVar(key) + " is missing from README.md");
        }
    }

    @Test
    void secrets_are_masked_to_a_recognisable_stub() {
        String masked = ConfigurationOverview.mask("sk_sandbox_abc123yoursandboxkey");
        assertEquals("sk_s••••••••ey", masked);
        assertFalse(masked.contains("abc123"));
        assertEquals("••••••••", ConfigurationOverview.mask("short"));
        assertTrue(ConfigurationOverview.isSecret("paydesk.gateway.webhook-secret"));
        assertTrue(ConfigurationOverview.isSecret("paydesk.gateway.webhook-secret-previous"));
        assertTrue(ConfigurationOverview.isSecret("paydesk.db.password"));
        assertFalse(ConfigurationOverview.isSecret("paydesk.db.user"));
    }

    @Test
    void environment_variables_follow_microprofile_config_mapping() {
        assertEquals("PAYDESK_DB_URL", ConfigurationOverview.envVar("paydesk.db.url"));
        assertEquals("PAYDESK_SECURITY_LOCKOUT_MAX_ATTEMPTS", ConfigurationOverview.envVar("paydesk.security.lockout.max-attempts"));
    }
}
