package rw.paydesk.core.gateway;

import jakarta.ejb.ApplicationException;

import java.util.Map;

/**
 * The gateway answered and refused: nothing moved. Its code and message are kept so they
 * can be shown and stored on the record; field errors say which input was wrong.
 */
@ApplicationException(rollback = false)
public class GatewayRejectedException extends RuntimeException {

    private final int httpStatus;
    private final String code;
    private final Map<String, String> fieldErrors;

    public GatewayRejectedException(int httpStatus, String code, String message, Map<String, String> fieldErrors) {
        super(message);
        this.httpStatus = httpStatus;
        this.code = code;
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String code() {
        return code;
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
