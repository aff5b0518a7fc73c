package rw.paydesk.sandbox.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Compares an answer with a response example copied from the docs: every documented field must
 * be there with the same JSON type (a documented null accepts any type), nested objects too.
 */
public final class Contract {

    private Contract() {
    }

    public static void assertShape(String documented, JsonObject actual) {
        assertShape("", Json.createReader(new StringReader(documented)).readObject(), actual);
    }

    private static void assertShape(String path, JsonObject documented, JsonObject actual) {
        for (var field : documented.entrySet()) {
            String where = path + field.getKey();
            assertTrue(actual.containsKey(field.getKey()), "missing field " + where + " in " + actual);
            JsonValue expected = field.getValue();
            JsonValue got = actual.get(field.getKey());
            if (expected.getValueType() == JsonValue.ValueType.NULL) {
                continue;
            }
            assertEquals(kind(expected), kind(got), "type of " + where + " in " + actual);
            if (expected instanceof JsonObject e) {
                assertShape(where + ".", e, (JsonObject) got);
            }
            if (expected instanceof JsonArray e && !e.isEmpty() && e.get(0) instanceof JsonObject first) {
                JsonArray g = (JsonArray) got;
                if (!g.isEmpty()) {
                    assertShape(where + "[0].", first, g.getJsonObject(0));
                }
            }
        }
    }

    private static String kind(JsonValue v) {
        return switch (v.getValueType()) {
            case TRUE, FALSE -> "boolean";
            default -> v.getValueType().name();
        };
    }
}
