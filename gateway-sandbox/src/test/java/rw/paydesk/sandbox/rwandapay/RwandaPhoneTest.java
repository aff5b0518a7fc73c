package rw.paydesk.sandbox.rwandapay;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RwandaPhoneTest {

    @ParameterizedTest
    @ValueSource(strings = {"0788123456", "250788123456", "+250788123456", " 078 812 3456 ", "+250-788-123-456"})
    void everyAcceptedFormIsNormalisedToTheNationalForm(String typed) {
        RwandaPhone cut = RwandaPhone.parse(typed);
        assertEquals("0788123456", cut.national());
        assertEquals(Provider.MTN, cut.provider());
    }

    @Test
    void theProviderFollowsThePrefix() {
        assertEquals(Provider.MTN, RwandaPhone.parse("0791234567").provider());
        assertEquals(Provider.AIRTEL, RwandaPhone.parse("0721234567").provider());
        assertEquals(Provider.AIRTEL, RwandaPhone.parse("+250731234567").provider());
    }

    @Test
    void anotherPrefixIsNoMobileMoneyNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RwandaPhone.parse("0751234567"));
        assertTrue(e.getMessage().contains("MTN") && e.getMessage().contains("Airtel"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "078812345", "07881234567", "788123456", "+254788123456", "2500788123456", "07881234a6"})
    void malformedNumbersAreRefused(String typed) {
        assertThrows(IllegalArgumentException.class, () -> RwandaPhone.parse(typed));
    }

    @Test
    void providerNamesAreMatchedWithoutCase() {
        assertEquals(Provider.AIRTEL, Provider.fromText("airtel").orElseThrow());
        assertEquals(Provider.MTN, Provider.fromText("Mtn").orElseThrow());
        assertTrue(Provider.fromText("Tigo").isEmpty());
        assertEquals("Airtel", Provider.AIRTEL.wire());
    }
}
