package rw.paydesk.core.gateway.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;

import java.io.StringReader;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

/** What every gateway adapter needs to read an HTTP answer, or the lack of one. */
public final class HttpAnswers {

    private HttpAnswers() {
    }

    /** The body as a JSON object, or an empty object when it is empty or not JSON. */
    public static JsonObject body(Response response) {
        String text = response.hasEntity() ? response.readEntity(String.class) : "";
        if (text == null || text.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : JsonValue.EMPTY_JSON_OBJECT;
        } catch (RuntimeException notJson) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
    }

    /**
     * Whether a failed call never reached the gateway (refused or unresolvable connection, or a
     * connect time-out), so that nothing can have happened there.
     */
    public static boolean neverSent(Throwable failure) {
        Throwable cause = rootCause(failure);
        return cause instanceof ConnectException || cause instanceof UnknownHostException
                || (cause instanceof SocketTimeoutException && String.valueOf(cause.getMessage()).toLowerCase().contains("connect"));
    }

    public static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
