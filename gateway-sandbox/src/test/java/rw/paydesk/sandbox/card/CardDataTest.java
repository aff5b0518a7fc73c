package rw.paydesk.sandbox.card;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CardDataTest {

    @Test
    void readsTheDocumentedPlaintextPayload() {
        Map<String, String> errors = new LinkedHashMap<>();
        CardData card = CardData.parse("{\"card_number\":\"4532123456789010\",\"expiry_month\":\"01\","
                + "\"expiry_year\":\"2028\",\"cvv\":\"123\",\"pin\":\"0000\"}", errors).orElseThrow();
        assertTrue(errors.isEmpty());
        assertEquals("VISA", card.brand());
        assertEquals("9010", card.last4());
        assertTrue(card.pinSupplied());
        assertFalse(card.expiredAt(YearMonth.of(2028, 1)));
        assertTrue(card.expiredAt(YearMonth.of(2028, 2)));
        assertEquals("VISA ****9010", card.toString(), "never shows the card number");
    }

    @Test
    void reportsEachBadField() {
        Map<String, String> errors = new LinkedHashMap<>();
        assertTrue(CardData.parse("{\"card_number\":\"4532 1234\",\"expiry_month\":\"13\","
                + "\"expiry_year\":\"2028\",\"cvv\":\"12\",\"pin\":\"12\"}", errors).isEmpty());
        assertEquals(Map.of("card_number", "is not a valid card number", "expiry_month", "must be 01 to 12",
                "cvv", "must be 3 or 4 digits", "pin", "must be 4 digits"), errors);
        Map<String, String> notJson = new LinkedHashMap<>();
        assertTrue(CardData.parse("4532123456789010|01|2028|123", notJson).isEmpty());
        assertTrue(notJson.containsKey("encrypted_card_data"));
    }

    @Test
    void knowsMastercardByItsPrefix() {
        Map<String, String> errors = new LinkedHashMap<>();
        assertEquals("MASTERCARD", CardData.parse("{\"card_number\":\"5555555555554444\",\"expiry_month\":\"12\","
                + "\"expiry_year\":\"2030\",\"cvv\":\"123\"}", errors).orElseThrow().brand());
        assertEquals("MASTERCARD", CardData.parse("{\"card_number\":\"2223003122003222\",\"expiry_month\":\"12\","
                + "\"expiry_year\":\"2030\",\"cvv\":\"123\"}", errors).orElseThrow().brand());
    }
}
