package rw.paydesk.core.money;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MoneyTest {

    @Test
    void francs_have_no_decimals_when_shown() {
        assertEquals("RWF 150,000", Money.of("150000", "RWF").format());
        assertEquals("UGX 1,250", Money.of("1250.00", "UGX").format());
    }

    @Test
    void dollars_show_two_decimals() {
        assertEquals("USD 1,250.50", Money.of("1250.5", "USD").format());
        assertEquals("KES 0.00", Money.of("0", "KES").format());
    }

    @Test
    void a_fraction_of_a_franc_is_refused_not_rounded() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.of("100.5", "RWF"));
        assertTrue(e.getMessage().contains("RWF"), e.getMessage());
    }

    @Test
    void computed_amounts_round_half_up_to_the_minor_unit() {
        assertEquals(Money.of("101", "RWF"), Money.rounded(new BigDecimal("100.5"), Money.currency("RWF")));
        assertEquals(Money.of("0.13", "USD"), Money.rounded(new BigDecimal("0.125"), Money.currency("USD")));
    }

    @Test
    void equal_amounts_are_equal_whatever_their_written_scale() {
        assertEquals(Money.of("10", "USD"), Money.of("10.00", "USD"));
    }

    @Test
    void currencies_do_not_mix() {
        assertThrows(IllegalArgumentException.class, () -> Money.of("1", "RWF").plus(Money.of("1", "USD")));
        assertEquals(Money.of("3", "RWF"), Money.of("1", "RWF").plus(Money.of("2", "RWF")));
        assertTrue(Money.of("1", "RWF").minus(Money.of("2", "RWF")).isNegative());
    }

    @Test
    void an_unknown_currency_is_named_in_the_error() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.of("1", "XYZW"));
        assertTrue(e.getMessage().contains("XYZW"));
    }
}
