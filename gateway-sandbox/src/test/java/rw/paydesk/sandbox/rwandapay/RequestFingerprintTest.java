package rw.paydesk.sandbox.rwandapay;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class RequestFingerprintTest {

    private static final String BODY = "{\"amount\": 5000, \"phone\": \"0788123456\", \"metadata\": {\"b\": 1, \"a\": [1, 2]}}";

    @Test
    void keyOrderWhiteSpaceAndTrailingZerosDoNotMatter() {
        String same = "{\"metadata\":{\"a\":[1,2.0],\"b\":1.00},\"phone\":\"0788123456\",\"amount\":5000.00}";
        assertEquals(RequestFingerprint.of("POST", "/payments/collect", BODY), RequestFingerprint.of("POST", "/payments/collect", same));
    }

    @Test
    void anyChangedValueOrEndpointDiffers() {
        String base = RequestFingerprint.of("POST", "/payments/collect", BODY);
        assertNotEquals(base, RequestFingerprint.of("POST", "/payments/collect", BODY.replace("5000", "5001")));
        assertNotEquals(base, RequestFingerprint.of("POST", "/payments/collect", BODY.replace("[1, 2]", "[2, 1]")));
        assertNotEquals(base, RequestFingerprint.of("POST", "/withdrawals", BODY));
        assertNotEquals(base, RequestFingerprint.of("POST", "/payments/collect", BODY.replace("5000", "\"5000\"")));
    }

    @Test
    void theCanonicalFormIsSortedCompactJsonHashedWithTheRequestLine() {
        assertEquals("95cf538b7c634c0b1888c5d5ba6279ebacc0600e1b616a87eeba90ed78bb6b19",
                RequestFingerprint.of("POST", "/x", "{ \"b\" : [true, null, \"x\"], \"a\" : 1.0 }"));
    }

    @Test
    void aBodyThatIsNotJsonIsHashedAsItCame() {
        assertNotEquals(RequestFingerprint.of("POST", "/x", "{not json"), RequestFingerprint.of("POST", "/x", "{not  json"));
    }
}
