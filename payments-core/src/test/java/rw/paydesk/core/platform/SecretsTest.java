package rw.paydesk.core.platform;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class SecretsTest {

    @Test
    void a_key_is_shown_by_its_first_four_and_last_two_characters_only() {
        String masked = Secrets.mask("sk_test_paydesk_sandbox_rwandapay_0001");
        assertEquals("sk_t••••••••01", masked);
        assertFalse(masked.contains("rwandapay"));
        assertEquals("••••••••", Secrets.mask("short"));
        assertEquals("(not set)", Secrets.mask(" "));
    }
}
