package rw.paydesk.sandbox.api;

import static rw.paydesk.sandbox.api.Jsons.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.Map;

/** An answer other than success, with the JSON body the docs show for it. */
public class ApiException extends RuntimeException {

    private final int httpStatus;
    private final transient JsonObject body;

    public ApiException(int httpStatus, JsonObject body) {
        super(body.getString("message", "error"));
        this.httpStatus = httpStatus;
        this.body = body;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public JsonObject body() {
        return body;
    }

    /**
     * A request that failed validation: status "error", code "10400" and one message per field,
     * the shape of the docs' error examples ("Status vs Error": "error" = failed DGS validation).
     */
    public static ApiException invalid(Map<String, String> errors, String paymentType) {
        JsonObjectBuilder fields = JSON.createObjectBuilder();
        errors.forEach(fields::add);
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("status", "error")
                .add("message", "Request is not valid")
                .add("code", "10400");
        if (paymentType != null) {
            body.add("payment_type", paymentType);
        }
        return new ApiException(400, body.add("errors", fields).build());
    }

    public static ApiException invalid(String field, String message) {
        return invalid(Map.of(field, message), null);
    }

    /** A refusal after validation, e.g. an insufficient balance: status "failed". */
    public static ApiException failed(int httpStatus, String message, String field, String detail) {
        return new ApiException(httpStatus, JSON.createObjectBuilder()
                .add("status", "failed")
                .add("message", message)
                .add("code", "10400")
                .add("errors", JSON.createObjectBuilder().add(field, detail))
                .build());
    }

    public static ApiException unauthorized(String message) {
        return refusal(401, message);
    }

    public static ApiException forbidden(String message) {
        return refusal(403, message);
    }

    public static ApiException notFound(String message) {
        return refusal(404, message);
    }

    /** Auth and lookup refusals carry "error" too: the docs' sample clients read that field. */
    private static ApiException refusal(int status, String message) {
        return new ApiException(status, JSON.createObjectBuilder()
                .add("status", "error")
                .add("code", Integer.toString(status))
                .add("message", message)
                .add("error", message)
                .build());
    }
}
