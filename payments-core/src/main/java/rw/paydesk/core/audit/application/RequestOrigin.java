package rw.paydesk.core.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import rw.paydesk.core.platform.PaydeskSettings;

/**
 * The network address a request came from, for the audit log. Behind a load balancer the
 * first {@code X-Forwarded-For} hop is used, but only when configuration says the proxy is
 * trusted; otherwise anyone could write any address into the log.
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
                return forwarded.split(",")[0].trim();
            }
            return current.getRemoteAddr();
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            // a timer or start-up work: no client is involved
            return NO_REQUEST;
        }
    }
}
