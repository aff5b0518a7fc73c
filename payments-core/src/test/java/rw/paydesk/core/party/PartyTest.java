package rw.paydesk.core.party;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartyTest {

    @Test
    void a_rwandan_number_is_read_however_a_cashier_types_it() {
        for (String typed : new String[]{"0788 123 456", "788123456", "+250 788 123 456", "250788123456", "0788-123-456"}) {
            PhoneNumber phone = PhoneNumber.parse(Country.RW, typed);
            assertEquals("788123456", phone.national(), typed);
            assertEquals("0788 123 456", phone.display());
            assertEquals("+250788123456", phone.international());
        }
    }

    @Test
    void the_prefix_tells_the_rwandan_operator() {
        assertEquals("MTN", PhoneNumber.parse(Country.RW, "0791234567").detectedProvider().orElseThrow());
        assertEquals("Airtel", PhoneNumber.parse(Country.RW, "0721234567").detectedProvider().orElseThrow());
        assertEquals("Airtel", PhoneNumber.parse(Country.RW, "0731234567").detectedProvider().orElseThrow());
        assertTrue(PhoneNumber.parse(Country.KE, "0712345678").detectedProvider().isEmpty());
    }

    @Test
    void a_number_of_no_rwandan_operator_or_the_wrong_length_is_refused_in_words() {
        IllegalArgumentException prefix = assertThrows(IllegalArgumentException.class,
                () -> PhoneNumber.parse(Country.RW, "0712345678"));
        assertTrue(prefix.getMessage().contains("078 or 079"), prefix.getMessage());
        IllegalArgumentException length = assertThrows(IllegalArgumentException.class,
                () -> PhoneNumber.parse(Country.RW, "078812345"));
        assertTrue(length.getMessage().contains("10 digits"), length.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PhoneNumber.parse(Country.RW, "07881234ab"));
    }

    @Test
    void each_country_has_its_currency_and_providers_from_the_gateway_table() {
        assertEquals("RWF", Country.RW.currency().getCurrencyCode());
        assertEquals("UGX", Country.UG.currency().getCurrencyCode());
        assertEquals("250", Country.RW.dialCode());
        assertEquals("Mpesa", Country.KE.provider("mpesa").orElseThrow());
        assertTrue(Country.RW.provider("Mpesa").isEmpty(), "Mpesa is not offered in Rwanda");
        assertThrows(IllegalArgumentException.class, () -> Country.of("FR"));
    }

    @Test
    void references_are_six_to_fifty_letters_and_digits() {
        Reference generated = Reference.generate("PDM");
        assertTrue(generated.value().matches("PDM[A-Z0-9]{12}"), generated.value());
        assertThrows(IllegalArgumentException.class, () -> new Reference("ABC12"));
        assertThrows(IllegalArgumentException.class, () -> new Reference("MM_1764318847"));
        assertThrows(IllegalArgumentException.class, () -> new Reference("A".repeat(51)));
    }

    @Test
    void customer_names_follow_the_gateway_rules() {
        assertEquals("Jean-Paul O'Neil", new CustomerName("  Jean-Paul   O'Neil ").value());
        assertThrows(IllegalArgumentException.class, () -> new CustomerName("J"));
        assertThrows(IllegalArgumentException.class, () -> new CustomerName("Agent 007"));
        assertThrows(IllegalArgumentException.class, () -> new CustomerName("x".repeat(51)));
    }

    @Test
    void email_addresses_are_checked_for_their_shape() {
        assertEquals("grace@example.rw", new EmailAddress(" grace@example.rw ").value());
        assertThrows(IllegalArgumentException.class, () -> new EmailAddress("grace@example"));
        assertThrows(IllegalArgumentException.class, () -> new EmailAddress(""));
    }
}
