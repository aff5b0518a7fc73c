package rw.paydesk.reporting.subscription.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecipientsTest {

    @Test
    void addresses_are_split_on_commas_semicolons_spaces_and_lines_without_duplicates() {
        assertEquals(List.of("finance@kigali-traders.rw", "Cfo@kigali-traders.rw", "ops@example.com"),
                Recipients.parse(" finance@kigali-traders.rw, Cfo@KIGALI-traders.rw;\nops@example.com\n\nfinance@Kigali-Traders.rw "));
    }

    @Test
    void every_bad_address_is_named() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Recipients.parse("good@example.rw, finance, a..b@example.rw, x@localhost"));
        assertTrue(e.getMessage().contains("finance, a..b@example.rw, x@localhost"), e.getMessage());
    }

    @Test
    void at_least_one_and_at_most_fifty() {
        assertThrows(IllegalArgumentException.class, () -> Recipients.parse("  "));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i <= Recipients.MAX; i++) {
            many.append("person").append(i).append("@example.rw ");
        }
        assertThrows(IllegalArgumentException.class, () -> Recipients.parse(many.toString()));
    }

    @Test
    void stored_one_per_line() {
        List<String> list = List.of("a@example.rw", "b@example.rw");
        assertEquals(list, Recipients.split(Recipients.join(list)));
    }
}
