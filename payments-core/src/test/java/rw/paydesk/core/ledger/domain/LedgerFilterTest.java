package rw.paydesk.core.ledger.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LedgerFilterTest {

    private static LedgerFilter phone(String typed) {
        return new LedgerFilter(null, null, null, null, null, null, null, typed);
    }

    @Test
    void a_phone_is_searched_in_the_form_records_keep() {
        assertEquals("788123456", phone("+250 788 123 456").nationalPhone());
        assertEquals("788123456", phone("0788123456").nationalPhone());
        assertEquals("78812", phone("078812").nationalPhone());
        assertEquals("250", phone("250").nationalPhone(), "too short to hold a country code");
    }

    @Test
    void blanks_are_no_filter_and_words_are_normalised() {
        assertTrue(new LedgerFilter(null, null, null, null, " ", "", "  ", null).isEmpty());
        LedgerFilter f = new LedgerFilter(null, null, null, null, "usd", " MTN ", " pdc12 ", null);
        assertEquals("USD", f.currency());
        assertEquals("MTN", f.provider());
        assertEquals("PDC12", f.reference());
    }

    @Test
    void a_period_must_run_forward_and_a_phone_needs_digits() {
        Instant t = Instant.parse("2026-11-23T00:00:00Z");
        assertThrows(IllegalArgumentException.class, () -> new LedgerFilter(t, t, null, null, null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> phone("abc"));
    }
}
