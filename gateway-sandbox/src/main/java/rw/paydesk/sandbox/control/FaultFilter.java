package rw.paydesk.sandbox.control;

import static rw.paydesk.sandbox.api.Jsons.JSON;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.util.Optional;

/** Applies the injected latency and faults to gateway API calls, before authentication. */
@Provider
@ApplicationScoped
@GatewayCall
@Priority(500)
public class FaultFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String HOLD_AFTER = "sandbox.fault.hold-after";

    @Inject
    Faults faults;

    @Override
    public void filter(ContainerRequestContext request) {
        pause(faults.latencyMs());
        Optional<Faults.Rule> fault = faults.take(Counters.operationOf(request.getUriInfo().getPath()));
        if (fault.isEmpty()) {
            return;
        }
        Faults.Rule rule = fault.get();
        switch (rule.mode()) {
            case ERROR_500 -> request.abortWith(answer(500, "Internal server error (injected by the sandbox)").build());
            case TOO_MANY_REQUESTS -> request.abortWith(answer(429, "Too many requests (injected by the sandbox)")
                    .header("Retry-After", "1").build());
            case TIMEOUT -> {
                pause(rule.holdMs());
                request.abortWith(answer(504, "Gateway timeout (injected by the sandbox)").build());
            }
            case TIMEOUT_AFTER_PROCESSING -> request.setProperty(HOLD_AFTER, rule.holdMs());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(HOLD_AFTER) instanceof Long holdMs) {
            pause(holdMs);
        }
    }

    private static Response.ResponseBuilder answer(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(JSON.createObjectBuilder()
                .add("status", "error")
                .add("code", Integer.toString(status))
                .add("message", message)
                .build().toString());
    }

    private static void pause(long ms) {
        if (ms <= 0) {
            return;
        }
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
