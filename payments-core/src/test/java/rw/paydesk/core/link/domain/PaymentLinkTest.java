package rw.paydesk.core.link.domain;

import org.junit.jupiter.api.Test;
import rw.paydesk.core.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaymentLinkTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    @Test
    void a_checkout_session_keeps_our_reference_its_account_and_the_gateways_payment() {
        PaymentLink cut = activeCheckout();

        assertTrue(cut.isCheckoutSession());
        assertEquals("rwandapay", cut.gateway());
        assertEquals("PDLABCDEF234567", cut.reference());
        assertEquals(EnumSet.of(PaymentLink.PayMethod.MOMO), cut.methods());
        assertTrue(cut.paid("PAY-20261123-AB12CD", "0788123456", new BigDecimal("2500"), new BigDecimal("88"), NOW));

        assertEquals(LinkStatus.PAID, cut.status());
        assertEquals("PAY-20261123-AB12CD", cut.paidReference());
        assertEquals(new BigDecimal("2500"), cut.paidAmount());
        assertEquals(new BigDecimal("88"), cut.fee());
    }

    @Test
    void a_paid_link_stays_paid_by_its_first_payment() {
        PaymentLink cut = activeCheckout();
        cut.paid("PAY-1", null, new BigDecimal("2500"), new BigDecimal("88"), NOW);

        assertFalse(cut.paid("PAY-2", null, new BigDecimal("2500"), new BigDecimal("88"), NOW.plusSeconds(5)));
        assertFalse(cut.paymentFailed("declined"), "a late failure never reopens or fails a paid link");
        assertEquals(LinkStatus.PAID, cut.status());
        assertEquals("PAY-1", cut.paidReference());
    }

    @Test
    void a_failed_attempt_closes_a_checkout_session_but_money_that_arrives_later_is_still_recorded() {
        PaymentLink cut = activeCheckout();

        assertTrue(cut.paymentFailed("insufficient_funds"));
        assertEquals(LinkStatus.FAILED, cut.status());
        assertTrue(cut.gatewayMessage().contains("insufficient_funds"), cut.gatewayMessage());
        assertTrue(cut.paid("PAY-3", null, new BigDecimal("2500"), null, NOW));
        assertEquals(LinkStatus.PAID, cut.status());
    }

    @Test
    void a_failed_attempt_leaves_a_dgs_link_open_for_another() {
        PaymentLink cut = new PaymentLink(Money.of("15000", "RWF"), EnumSet.allOf(PaymentLink.PayMethod.class),
                "Invoice", null, "maker", NOW);
        cut.created("tok", "https://pay.example/tok", null, NOW.plusSeconds(3600));

        assertFalse(cut.paymentFailed("declined"));
        assertEquals(LinkStatus.ACTIVE, cut.status());
        assertEquals("dgs", cut.gateway());
        assertFalse(cut.isCheckoutSession());
    }

    @Test
    void an_unpaid_session_shows_expired_from_its_expiry_on() {
        PaymentLink cut = activeCheckout();

        assertFalse(cut.isExpiredAt(NOW.plusSeconds(30 * 60 - 1)));
        assertTrue(cut.isExpiredAt(NOW.plusSeconds(30 * 60)));
    }

    @Test
    void a_checkout_session_needs_its_account_and_reference() {
        assertThrows(IllegalArgumentException.class, () -> PaymentLink.checkout("rwandapay", " ", Money.of("2500", "RWF"),
                null, null, "maker", NOW));
    }

    static PaymentLink activeCheckout() {
        PaymentLink link = PaymentLink.checkout("rwandapay", "PDLABCDEF234567", Money.of("2500", "RWF"), "Invoice 7",
                null, "maker", NOW);
        link.created("CHK-ABC123DEF456", "http://localhost/sandbox/rwandapay/checkout/CHK-ABC123DEF456", null,
                NOW.plusSeconds(30 * 60));
        return link;
    }
}
