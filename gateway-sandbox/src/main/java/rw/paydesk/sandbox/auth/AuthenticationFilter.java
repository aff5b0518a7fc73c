package rw.paydesk.sandbox.auth;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import rw.paydesk.sandbox.api.ApiException;
import rw.paydesk.sandbox.control.Counters;

/** Lets a request through only with a valid bearer token; answers 401 with a JSON body otherwise. */
@Provider
@ApplicationScoped
@Authenticated
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    @Inject
    TokenService tokens;

    @Inject
    Accounts accounts;

    @Inject
    Counters counters;

    @Inject
    Caller caller;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
            throw ApiException.unauthorized("Missing bearer token: send Authorization: Bearer YOUR_DGS_API_TOKEN");
        }
        String token = header.substring(7).trim();
        Account account = tokens.accountOf(token)
                .flatMap(accounts::find)
                .orElseThrow(() -> ApiException.unauthorized("Invalid or expired token"));
        caller.set(account);
        counters.apiCall(account.number(), Counters.operationOf(request.getUriInfo().getPath()));
    }
}
