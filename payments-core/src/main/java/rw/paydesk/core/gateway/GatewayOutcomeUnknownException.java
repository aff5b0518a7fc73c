package rw.paydesk.core.gateway;

import jakarta.ejb.ApplicationException;

/**
 * The request may have reached the gateway, but no usable answer came back (time-out,
 * 5xx, broken connection). The movement may or may not exist: the record is UNKNOWN, and
 * only a status query may settle it. Never retry the request itself.
 */
@ApplicationException(rollback = false)
public class GatewayOutcomeUnknownException extends RuntimeException {

    public GatewayOutcomeUnknownException(String message, Throwable cause) {
        super(message, cause);
    }
}
