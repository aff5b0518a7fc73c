package rw.paydesk.core.gateway;

import jakarta.ejb.ApplicationException;

/** The gateway could not be reached at all: the request was never sent, so nothing moved. */
@ApplicationException(rollback = false)
public class GatewayUnavailableException extends RuntimeException {

    public GatewayUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
