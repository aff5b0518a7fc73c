package rw.paydesk.core.gateway;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GatewayAccountTest {

    @Test
    void a_key_is_shown_by_its_kind_and_last_four_characters_only() {
        assertEquals("sk_test_…0001", GatewayAccount.mask("sk_test_paydesk_sandbox_rwandapay_0001"));
        assertEquals("sk_…xkey", GatewayAccount.mask("sk_sandbox_abc123yoursandboxkey"));
        assertEquals("…", GatewayAccount.mask("short"));
        assertEquals("(not set)", GatewayAccount.mask(" "));
    }
}
