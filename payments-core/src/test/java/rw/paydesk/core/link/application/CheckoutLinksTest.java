package rw.paydesk.core.link.application;

import org.junit.jupiter.api.Test;
import rw.paydesk.core.gateway.Capability;
import rw.paydesk.core.gateway.GatewayAccount;
import rw.paydesk.core.gateway.GatewayApi;
import rw.paydesk.core.ledger.domain.Movement;
import rw.paydesk.core.link.domain.PaymentLink;
import rw.paydesk.core.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What a checkout session through Rwanda Pay refuses before it is sent, and how its payment enters the ledger. */
class CheckoutLinksTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final GatewayAccount RWANDA_PAY = new GatewayAccount("rwandapay", "Rwanda Pay", GatewayApi.RWANDA_PAY,
            "http://localhost/sandbox/rwandapay/v1/", "sk_test_…0001", "http://localhost/api/webhooks/rwandapay",
            EnumSet.of(Capability.CHECKOUT_LINKS), Set.of("RWF"), Money.of("100", "RWF"), Money.of("1000000", "RWF"));

    @Test
    void amounts_outside_the_accounts_bounds_are_refused_with_them() {
        assertEquals("Rwanda Pay takes at least RWF 100.", PaymentLinkService.outOfBounds(Money.of("50", "RWF"), RWANDA_PAY));
        assertNull(PaymentLinkService.outOfBounds(Money.of("100", "RWF"), RWANDA_PAY));
        assertNull(PaymentLinkService.outOfBounds(Money.of("1000000", "RWF"), RWANDA_PAY));
        assertEquals("Rwanda Pay takes at most RWF 1,000,000.",
                PaymentLinkService.outOfBounds(Money.of("1000001", "RWF"), RWANDA_PAY));
    }

    @Test
    void a_paid_session_is_a_collection_of_its_account_under_our_reference() {
        PaymentLink link = PaymentLink.checkout("rwandapay", "PDLABCDEF234567", Money.of("2500", "RWF"), null, null,
                "maker", NOW);
        link.created("CHK-ABC123DEF456", "http://localhost/checkout/CHK-ABC123DEF456", null, NOW.plusSeconds(1800));
        link.paid("PAY-20261123-AB12CD", null, new BigDecimal("2500"), new BigDecimal("88"), NOW.plusSeconds(60));

        Movement m = LinkMovements.movement(link);

        assertEquals("PDLABCDEF234567", m.reference(), "the reference its webhooks carry, and ours");
        assertEquals("PAY-20261123-AB12CD", m.gatewayTransactionId());
        assertEquals("rwandapay", m.gateway());
        assertEquals(new BigDecimal("88"), m.fee());
        assertEquals("Payment link", m.kind());
    }

    @Test
    void a_paid_dgs_link_keeps_its_ledger_row_under_the_payments_reference() {
        PaymentLink link = new PaymentLink(Money.of("15000", "RWF"), EnumSet.allOf(PaymentLink.PayMethod.class), null,
                null, "maker", NOW);
        link.created("tok", "https://pay.example/tok", null, NOW.plusSeconds(3600));
        link.paid("MM123", "Grace", NOW.plusSeconds(60));

        Movement m = LinkMovements.movement(link);

        assertEquals("MM123", m.reference());
        assertEquals("dgs", m.gateway());
    }
}
