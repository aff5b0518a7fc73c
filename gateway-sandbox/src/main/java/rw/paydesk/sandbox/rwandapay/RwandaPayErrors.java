package rw.paydesk.sandbox.rwandapay;

import static rw.paydesk.sandbox.api.Jsons.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import rw.paydesk.sandbox.api.ApiException;

import java.util.Map;

/**
 * Rwanda Pay's error envelope: {@code {"status":"error","code":422,"message":"Validation Error",
 * "errors":{field: message}}}, with the messages of the docs' error table.
 */
public final class RwandaPayErrors {

    private RwandaPayErrors() {
    }

    /** The docs' "Message" column. */
    public static String message(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 402 -> "Insufficient Balance";
            case 404 -> "Not Found";
            case 422 -> "Validation Error";
            case 429 -> "Too Many Requests";
            default -> "Internal Server Error";
        };
    }

    public static JsonObject body(int status, Map<String, String> errors) {
        JsonObjectBuilder fields = JSON.createObjectBuilder();
        errors.forEach(fields::add);
        return JSON.createObjectBuilder()
                .add("status", "error")
                .add("code", status)
                .add("message", message(status))
                .add("errors", fields)
                .build();
    }

    public static ApiException error(int status, Map<String, String> errors) {
        return new ApiException(status, body(status, errors));
    }

    public static ApiException error(int status, String field, String message) {
        return error(status, Map.of(field, message));
    }

    public static ApiException invalid(String field, String message) {
        return error(422, field, message);
    }

    public static ApiException notFound(String field, String message) {
        return error(404, field, message);
    }

    public static ApiException insufficientBalance(long available, long needed) {
        return error(402, "amount", "the available balance of " + available + " RWF does not cover " + needed + " RWF");
    }

    /** The same answer for a filter's abortWith. */
    public static Response.ResponseBuilder response(int status, Map<String, String> errors) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body(status, errors).toString());
    }

    /** {@code {"status":"success","data":{...}}} with the given HTTP status. */
    public static Response success(int status, JsonObject data) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(JSON.createObjectBuilder().add("status", "success").add("data", data).build().toString())
                .build();
    }
}
