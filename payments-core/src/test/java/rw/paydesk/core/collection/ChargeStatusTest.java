package rw.paydesk.core.collection;

import org.junit.jupiter.api.Test;
import rw.paydesk.core.collection.domain.Charge;
import rw.paydesk.core.collection.domain.ChargeStatus;
import rw.paydesk.core.money.Money;
import rw.paydesk.core.party.Country;
import rw.paydesk.core.party.CustomerName;
import rw.paydesk.core.party.PhoneNumber;
import rw.paydesk.core.party.Reference;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChargeStatusTest {

    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    private final Charge cut = Charge.mobileMoney(Reference.generate("PDM"), Money.of("5000", "RWF"),
            PhoneNumber.parse(Country.RW, "0788123456"), "MTN", new CustomerName("Jean Mugabo"), "jean@example.rw",
            null, "maker", T0);

    @Test
    void a_new_charge_is_unknown_until_the_gateway_answers() {
        assertEquals(ChargeStatus.UNKNOWN, cut.status());
    }

    @Test
    void it_moves_forward_to_an_outcome_and_never_back() {
        assertTrue(cut.advance(ChargeStatus.PENDING, "02", "Charge created", T0));
        assertTrue(cut.advance(ChargeStatus.SUCCESSFUL, null, null, T0));
        assertFalse(cut.advance(ChargeStatus.FAILED, null, "late failure", T0), "an outcome is final");
        assertFalse(cut.advance(ChargeStatus.PENDING, null, null, T0));
        assertEquals(ChargeStatus.SUCCESSFUL, cut.status());
        assertEquals("Charge created", cut.gatewayMessage(), "an ignored event leaves the record's words alone");
    }

    @Test
    void an_unknown_charge_can_still_be_settled_by_the_gateway() {
        assertTrue(cut.advance(ChargeStatus.FAILED, "05", "Declined by the customer", T0));
        assertEquals("05", cut.gatewayCode());
    }

    @Test
    void the_gateway_words_for_states_are_read_tolerantly() {
        assertEquals(ChargeStatus.SUCCESSFUL, ChargeStatus.fromGateway("successful").orElseThrow());
        assertEquals(ChargeStatus.SUCCESSFUL, ChargeStatus.fromGateway("SUCCESS").orElseThrow());
        assertEquals(ChargeStatus.PENDING, ChargeStatus.fromGateway("pending").orElseThrow());
        assertEquals(ChargeStatus.FAILED, ChargeStatus.fromGateway("failed").orElseThrow());
        assertTrue(ChargeStatus.fromGateway("weird").isEmpty());
    }

    @Test
    void a_final_charge_waits_for_no_card_step() {
        cut.advance(ChargeStatus.PENDING, null, null, T0);
        cut.awaitStep("PIN", null);
        assertEquals("PIN", cut.nextStep());
        cut.advance(ChargeStatus.SUCCESSFUL, null, null, T0);
        assertEquals(null, cut.nextStep());
    }
}
