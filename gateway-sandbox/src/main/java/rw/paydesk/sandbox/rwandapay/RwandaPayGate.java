package rw.paydesk.sandbox.rwandapay;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import rw.paydesk.sandbox.control.Faults;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a Rwanda Pay call passes before its endpoint, in this order: the API key (401), the
 * rate limit (429), an injected fault (500 or a hang), the idempotency key (replay, 422 for another
 * body, 429 while the first is still running). On the way out it keeps a 2xx answer for its
 * idempotency key and adds the rate-limit headers.
 */
@Provider
@ApplicationScoped
@RwandaPayCall
@Priority(Priorities.AUTHENTICATION)
public class RwandaPayGate implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    private static final String RATE = "rwandapay.rate";
    private static final String CLAIM = "rwandapay.idempotency";
    private static final String HOLD_AFTER = "rwandapay.hold-after";

    /** The key this request claimed, for the response filter. */
    private record Claimed(String owner, String key) {
    }

    @Inject
    ApiKeys apiKeys;

    @Inject
    RwandaPayFaults faults;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Override
    public void filter(ContainerRequestContext request) {
        ApiKeys.Verdict verdict = apiKeys.check(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (verdict.owner().isEmpty()) {
            request.abortWith(RwandaPayErrors.response(401, Map.of("authorization", verdict.problem())).build());
            return;
        }
        String owner = verdict.owner().get();
        RateLimiter.Decision rate = faults.limiter().acquire(owner, Instant.now());
        request.setProperty(RATE, rate);
        if (!rate.allowed()) {
            request.abortWith(RwandaPayErrors.response(429, Map.of("rate_limit", "at most " + rate.limit()
                    + " requests per minute; retry after " + rate.retryAfterSeconds() + " s"))
                    .header("Retry-After", Long.toString(rate.retryAfterSeconds())).build());
            return;
        }
        String path = request.getUriInfo().getPath();
        Optional<Faults.Rule> fault = faults.take(RwandaPayFaults.operationOf(request.getMethod(), path));
        if (fault.isPresent()) {
            Faults.Rule rule = fault.get();
            switch (rule.mode()) {
                case TIMEOUT_AFTER_PROCESSING -> request.setProperty(HOLD_AFTER, rule.holdMs());
                case TIMEOUT -> {
                    pause(rule.holdMs());
                    request.abortWith(injected());
                    return;
                }
                default -> {
                    request.abortWith(injected());
                    return;
                }
            }
        }
        String key = request.getHeaderString(IDEMPOTENCY_KEY);
        if (key != null && "POST".equals(request.getMethod())) {
            idempotency(request, owner, key.strip(), path);
        }
    }

    private void idempotency(ContainerRequestContext request, String owner, String key, String path) {
        if (key.isEmpty() || key.length() > 255) {
            request.abortWith(RwandaPayErrors.response(422, Map.of("idempotency_key", "must be 1 to 255 characters")).build());
            return;
        }
        String body;
        try {
            byte[] bytes = request.getEntityStream().readAllBytes();
            request.setEntityStream(new ByteArrayInputStream(bytes));
            body = new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String fingerprint = RequestFingerprint.of(request.getMethod(), "/" + path.replaceFirst("^/", ""), body);
        IdempotencyKeys.Claim claim = idempotencyKeys.claim(owner, key, fingerprint);
        if (claim instanceof IdempotencyKeys.Claim.Replay r) {
            request.abortWith(Response.status(r.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(r.body())
                    .header(REPLAYED, "true").build());
        } else if (claim instanceof IdempotencyKeys.Claim.Mismatch) {
            request.abortWith(RwandaPayErrors.response(422, Map.of("idempotency_key",
                    "was already used with a different request; use a new key for a new request")).build());
        } else if (claim instanceof IdempotencyKeys.Claim.InProgress) {
            request.abortWith(RwandaPayErrors.response(429, Map.of("idempotency_key",
                    "a request with this key is still in progress; retry after 1 s")).header("Retry-After", "1").build());
        } else {
            request.setProperty(CLAIM, new Claimed(owner, key));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(CLAIM) instanceof Claimed claimed) {
            int status = response.getStatus();
            if (status >= 200 && status < 300 && response.getEntity() instanceof String body) {
                idempotencyKeys.complete(claimed.owner(), claimed.key(), status, body);
            } else {
                idempotencyKeys.release(claimed.owner(), claimed.key());
            }
        }
        if (request.getProperty(RATE) instanceof RateLimiter.Decision rate) {
            response.getHeaders().putSingle("X-RateLimit-Limit", Integer.toString(rate.limit()));
            response.getHeaders().putSingle("X-RateLimit-Remaining", Integer.toString(rate.remaining()));
        }
        if (request.getProperty(HOLD_AFTER) instanceof Long holdMs) {
            pause(holdMs);
        }
    }

    private static Response injected() {
        return RwandaPayErrors.response(500, Map.of()).build();
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
