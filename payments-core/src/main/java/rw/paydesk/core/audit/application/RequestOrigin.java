package rw.paydesk.core.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import rw.paydesk.core.platform.PaydeskSettings;

/**
 * The network address a request came from, for the audit log. Behind a load balancer the
 * last {@code X-Forwarded-For} hop is used, but only when configuration says the proxy is
 * trusted; otherwise anyone could write any address into the log. The last hop is the one our
 * own balancer added: a balancer that appends to the header (as most do by default) leaves
 * whatever the client sent in front of it, so the first hop is the client's to choose.
 */
@ApplicationScoped
public class RequestOrigin {

    static final String NO_REQUEST = "-";

    @Inject
    Instance<HttpServletRequest> request;

    @Inject
    PaydeskSettings settings;

    public String remoteAddress() {
        try {
            HttpServletRequest current = request.get();
            String forwarded = current.getHeader("X-Forwarded-For");
            if (settings.trustForwardedFor() && forwarded != null && !forwarded.isBlank()) {
                return lastHop(forwarded);
            }
            return current.getRemoteAddr();
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            // a timer or start-up work: no client is involved
            return NO_REQUEST;
        }
    }

    /** The last address of an {@code X-Forwarded-For} value: the one the nearest (trusted) proxy wrote. */
    static String lastHop(String forwardedFor) {
        String[] hops = forwardedFor.split(",");
        return hops[hops.length - 1].trim();
    }
}
