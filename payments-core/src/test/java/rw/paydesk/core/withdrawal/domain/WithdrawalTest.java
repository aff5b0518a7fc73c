package rw.paydesk.core.withdrawal.domain;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import rw.paydesk.core.money.Money;
import rw.paydesk.core.party.Country;
import rw.paydesk.core.party.PhoneNumber;
import rw.paydesk.core.party.Reference;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WithdrawalTest {

    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    static Withdrawal withdrawal() {
        return Withdrawal.request("rwandapay", Reference.generate("PDW"), Money.of("10000", "RWF"),
                PhoneNumber.parse(Country.RW, "0788 555 777"), "MTN", "approver", T0);
    }

    @Nested
    class States {

        private final Withdrawal cut = withdrawal();

        @Test
        void a_new_withdrawal_is_unknown_until_the_gateway_answers() {
            assertEquals(WithdrawalStatus.UNKNOWN, cut.status());
            assertTrue(cut.isOpen());
            assertTrue(cut.reference().startsWith("PDW"));
            assertEquals("788555777", cut.phone(), "the national significant number, like charges");
        }

        @Test
        void it_moves_forward_to_an_outcome_and_never_back() {
            assertTrue(cut.advance(WithdrawalStatus.PENDING, null, "taken", T0.plusSeconds(1)));
            assertFalse(cut.advance(WithdrawalStatus.UNKNOWN, null, "late", T0.plusSeconds(2)));
            assertTrue(cut.advance(WithdrawalStatus.SUCCESSFUL, null, "arrived", T0.plusSeconds(3)));
            assertFalse(cut.advance(WithdrawalStatus.FAILED, "x", "late failure", T0.plusSeconds(4)), "an outcome is final");
            assertFalse(cut.advance(WithdrawalStatus.PENDING, null, null, T0.plusSeconds(5)));
            assertEquals(WithdrawalStatus.SUCCESSFUL, cut.status());
            assertEquals("arrived", cut.gatewayMessage(), "an ignored answer leaves the record's words alone");
            assertEquals(T0.plusSeconds(3), cut.updatedAt());
        }

        @Test
        void a_refusal_straight_after_sending_is_final() {
            assertTrue(cut.advance(WithdrawalStatus.FAILED, "422", "Validation Error: pin is incorrect", T0));
            assertFalse(cut.isOpen());
            assertFalse(cut.advance(WithdrawalStatus.SUCCESSFUL, null, null, T0));
        }

        @Test
        void the_gateway_reference_is_kept_once_known() {
            cut.noteGatewayDetails("WDR-1", new BigDecimal("0"), T0);
            cut.noteGatewayDetails("WDR-2", null, T0);
            assertEquals("WDR-1", cut.gatewayReference());
        }

        @Test
        void a_final_withdrawal_is_not_asked_about_again() {
            cut.advance(WithdrawalStatus.PENDING, null, null, T0);
            cut.statusChecked(T0.plusSeconds(300));
            assertEquals(T0.plusSeconds(300), cut.nextCheckAt());
            cut.advance(WithdrawalStatus.SUCCESSFUL, null, null, T0);
            cut.statusChecked(T0.plusSeconds(600));
            assertNull(cut.nextCheckAt());
            assertEquals(2, cut.statusChecks());
        }

        @Test
        void the_gateway_words_map_to_states() {
            assertEquals(WithdrawalStatus.PENDING, WithdrawalStatus.fromGateway("pending").orElseThrow());
            assertEquals(WithdrawalStatus.SUCCESSFUL, WithdrawalStatus.fromGateway("Successful").orElseThrow());
            assertEquals(WithdrawalStatus.FAILED, WithdrawalStatus.fromGateway("failed").orElseThrow());
            assertTrue(WithdrawalStatus.fromGateway("weird").isEmpty());
            assertTrue(WithdrawalStatus.fromGateway(null).isEmpty());
        }
    }

    @Nested
    class NoPin {

        @Test
        void the_entity_has_no_field_that_could_hold_a_pin() {
            for (Field f : Withdrawal.class.getDeclaredFields()) {
                assertFalse(f.getName().toLowerCase().contains("pin"), f.getName());
                assertFalse(f.getType() == char[].class, f.getName());
            }
        }

        @Test
        void its_text_says_what_it_is_and_no_more() {
            Withdrawal w = withdrawal();
            w.advance(WithdrawalStatus.FAILED, "422", "Validation Error: pin is incorrect", T0);
            String text = w.toString();
            assertTrue(text.contains(w.reference()) && text.contains("RWF 10,000") && text.contains("0788555777"), text);
            assertFalse(text.contains("1234"), text);
        }
    }

    @Nested
    class Pin {

        @ParameterizedTest
        @ValueSource(strings = {"1234", "12345", "123456"})
        void four_to_six_digits_are_a_pin(String pin) {
            assertDoesNotThrow(() -> WithdrawalPin.check(pin.toCharArray()));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "123", "1234567", "12a4", "12 4"})
        void anything_else_is_refused_without_repeating_it(String pin) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WithdrawalPin.check(pin.toCharArray()));
            assertTrue(e.getMessage().contains("PIN"), e.getMessage());
            if (!pin.isEmpty()) {
                assertFalse(e.getMessage().contains(pin), e.getMessage());
            }
        }

        @Test
        void a_missing_pin_is_asked_for() {
            assertEquals("Enter the withdrawal PIN.",
                    assertThrows(IllegalArgumentException.class, () -> WithdrawalPin.check(null)).getMessage());
        }

        @Test
        void zeroing_overwrites_every_digit() {
            char[] pin = "9999".toCharArray();
            WithdrawalPin.zero(pin);
            assertArrayEquals(new char[4], pin);
            assertDoesNotThrow(() -> WithdrawalPin.zero(null));
        }

        @Test
        void a_gateway_message_that_echoes_the_pin_is_scrubbed_and_other_numbers_stay() {
            char[] pin = "9999".toCharArray();
            assertEquals("pin **** is incorrect; balance 99990, 19999 RWF",
                    WithdrawalPin.scrub("pin 9999 is incorrect; balance 99990, 19999 RWF", pin));
            assertEquals("nothing to hide", WithdrawalPin.scrub("nothing to hide", pin));
            assertNull(WithdrawalPin.scrub(null, pin));
            assertTrue(Arrays.equals("9999".toCharArray(), pin), "scrubbing leaves the PIN for the caller to zero");
        }
    }
}
