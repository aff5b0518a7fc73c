package rw.paydesk.sandbox.rwandapay;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RwandaPayFeesTest {

    @Test
    void theDocsExample() {
        assertEquals(175, RwandaPayFees.collectionFee(5000));
        assertEquals(4825, RwandaPayFees.netAmount(5000));
    }

    @ParameterizedTest
    @CsvSource({"100,4", "1000,35", "1010,35", "1014,35", "1015,36", "1,0", "14,0", "15,1", "1000000,35000", "999999,35000"})
    void threeAndAHalfPercentRoundedHalfUp(long amount, long fee) {
        assertEquals(fee, RwandaPayFees.collectionFee(amount));
        assertEquals(amount - fee, RwandaPayFees.netAmount(amount));
    }
}
