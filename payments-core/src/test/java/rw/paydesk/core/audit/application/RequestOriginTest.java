package rw.paydesk.core.audit.application;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RequestOriginTest {

    @Test
    void the_address_is_the_one_the_nearest_proxy_wrote_not_what_the_client_put_in_front() {
        // a client forged "1.2.3.4"; the balancer appended the address it saw
        assertEquals("41.186.20.7", RequestOrigin.lastHop("1.2.3.4, 41.186.20.7"));
        assertEquals("41.186.20.7", RequestOrigin.lastHop("41.186.20.7"));
        assertEquals("2001:db8::7", RequestOrigin.lastHop("10.0.0.1,2001:db8::7 "));
    }
}
