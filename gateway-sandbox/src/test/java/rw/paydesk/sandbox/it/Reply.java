package rw.paydesk.sandbox.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.net.http.HttpHeaders;

/** An HTTP answer from the sandbox with its body parsed as JSON. */
public record Reply(int status, String text, HttpHeaders headers) {

    public JsonObject json() {
        try {
            return Json.createReader(new StringReader(text)).readObject();
        } catch (RuntimeException e) {
            throw new AssertionError("not a JSON object (HTTP " + status + "): " + text, e);
        }
    }

    public String string(String key) {
        return json().getString(key);
    }

    public JsonObject errors() {
        return json().getJsonObject("errors");
    }

    public JsonValue.ValueType type(String key) {
        JsonValue v = json().get(key);
        return v == null ? null : v.getValueType();
    }

    @Override
    public String toString() {
        return "HTTP " + status + " " + text;
    }
}
