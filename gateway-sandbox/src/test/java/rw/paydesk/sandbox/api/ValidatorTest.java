package rw.paydesk.sandbox.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidatorTest {

    @ParameterizedTest
    @ValueSource(strings = {"Jo", "John Doe", "Jean-Pierre O'Neil", "Mukamana, A.", "Émile Ndayisaba", "Client first name"})
    void acceptsDocumentedNames(String name) {
        assertTrue(Validator.validName(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"J", "John3", "John_Doe", "<script>", "  ", "--", "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ"})
    void refusesOtherNames(String name) {
        assertFalse(Validator.validName(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MMTEST001", "REF87287328787", "abc123", "A23456789012345678901234567890123456789012345678901"})
    void referencesAreSixToFiftyLettersAndDigits(String reference) {
        assertEquals(reference.length() <= 50, Validator.validReference(reference), reference);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MM_1764318847", "abc12", "REF-001", "REF 0001", "réf0001"})
    void refusesReferencesWithOtherCharacters(String reference) {
        assertFalse(Validator.validReference(reference), reference);
    }

    @Test
    void callbackMustBeHttpsExceptOnLoopback() {
        assertNull(Validator.callbackUrlProblem("https://your-callback.url"));
        assertNull(Validator.callbackUrlProblem("http://localhost:8080/api/webhooks/dgs"));
        assertNull(Validator.callbackUrlProblem("http://127.0.0.1:9000/hook"));
        assertNull(Validator.callbackUrlProblem("http://[::1]:9000/hook"));
        assertTrue(Validator.callbackUrlProblem("http://example.com/hook").contains("HTTPS"));
        assertTrue(Validator.callbackUrlProblem("http://localhost.evil.com/hook").contains("HTTPS"));
        assertTrue(Validator.callbackUrlProblem("not a url").contains("valid"));
        assertTrue(Validator.callbackUrlProblem("/relative").contains("absolute"));
    }

    @Test
    void amountsArePositiveNumbersOrNumericStrings() {
        Validator v = new Validator();
        JsonObject o = Json.createObjectBuilder().add("a", 100).add("b", "250.5").add("c", 0).add("d", "x").add("e", true).build();
        assertEquals(new BigDecimal("100"), v.amount(o, "a"));
        assertEquals(new BigDecimal("250.5"), v.amount(o, "b"));
        assertNull(v.amount(o, "c"));
        assertNull(v.amount(o, "d"));
        assertNull(v.amount(o, "e"));
        assertNull(v.amount(o, "missing"));
        assertEquals("must be greater than 0", v.errors().get("c"));
        assertEquals("must be a number", v.errors().get("d"));
        assertEquals("must be a number", v.errors().get("e"));
        assertEquals("is required", v.errors().get("missing"));
    }

    @Test
    void aFeeMayBeZeroButNotNegative() {
        Validator v = new Validator();
        JsonObject o = Json.createObjectBuilder().add("a", 0).add("b", "2.5").add("c", -1).add("d", "x").build();
        assertEquals(new BigDecimal("0"), v.amountOrZero(o, "a"));
        assertEquals(new BigDecimal("2.5"), v.amountOrZero(o, "b"));
        assertNull(v.amountOrZero(o, "c"));
        assertNull(v.amountOrZero(o, "d"));
        assertEquals("must be 0 or more", v.errors().get("c"));
        assertEquals("must be a number", v.errors().get("d"));
    }

    @Test
    void rwfAmountsHaveNoDecimals() {
        Validator v = new Validator();
        v.amountFitsCurrency("amount", new BigDecimal("100.5"), "RWF");
        v.amountFitsCurrency("ok", new BigDecimal("100.50"), "USD");
        v.amountFitsCurrency("ok2", new BigDecimal("100.00"), "RWF");
        assertEquals("must have at most 0 decimals in RWF", v.errors().get("amount"));
        assertEquals(1, v.errors().size());
    }

    @Test
    void invalidInputBecomesTheDocumentedErrorShape() {
        Validator v = new Validator();
        v.error("reference", "must be an alphanumeric string");
        ApiException e = assertThrows(ApiException.class, () -> v.throwIfInvalid("mobile_money"));
        assertEquals(400, e.httpStatus());
        assertEquals("error", e.body().getString("status"));
        assertEquals("10400", e.body().getString("code"));
        assertEquals("mobile_money", e.body().getString("payment_type"));
        assertEquals("must be an alphanumeric string", e.body().getJsonObject("errors").getString("reference"));
    }

    @Test
    void readsANonJsonBodyAsTheDocumentedError() {
        assertEquals("is not valid JSON", assertThrows(ApiException.class, () -> Wire.object("{nope"))
                .body().getJsonObject("errors").getString("body"));
        assertEquals("must be a JSON object", assertThrows(ApiException.class, () -> Wire.object("[1]"))
                .body().getJsonObject("errors").getString("body"));
    }

    @Test
    void amountsAreWrittenWithoutTrailingZerosOrExponent() {
        assertEquals("150000", Wire.amount(new BigDecimal("150000.0000")).toString());
        assertEquals("102.5", Wire.amount(new BigDecimal("102.50")).toString());
        assertEquals("217500", Wire.amount(new BigDecimal("2.175E+5")).toString());
    }
}
