package rw.paydesk.sandbox.api;

import static rw.paydesk.sandbox.api.Jsons.JSON;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every other failure still answers JSON: a wrong method or path keeps its status, anything
 * unexpected is a 500 whose cause is logged (never with request bodies, which may hold card data).
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Exception e) {
        int status = 500;
        String message = "Internal server error";
        if (e instanceof WebApplicationException web) {
            status = web.getResponse().getStatus();
            message = web.getResponse().getStatusInfo().getReasonPhrase();
        } else {
            LOG.log(Level.WARNING, "unexpected failure: " + e.getClass().getName(), e);
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(JSON.createObjectBuilder()
                        .add("status", "error")
                        .add("code", Integer.toString(status))
                        .add("message", message)
                        .build().toString())
                .build();
    }
}
