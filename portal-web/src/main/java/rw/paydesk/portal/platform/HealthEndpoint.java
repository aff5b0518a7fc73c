package rw.paydesk.portal.platform;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

import java.io.IOException;
import java.util.Map;

/**
 * {@code GET /health}, {@code /health/live} and {@code /health/ready} in the MicroProfile
 * Health format: {@code {"status":"UP","checks":[...]}}, 503 when any check is down.
 *
 * <p>Payara Micro's own health endpoint is not reachable once an application is deployed
 * at the root context, which PayDesk is, so the portal answers for itself from the same
 * {@link HealthCheck} beans. Open to anonymous callers (load balancers, orchestrators);
 * the checks say nothing secret.
 */
@WebServlet(urlPatterns = {"/health", "/health/*"})
public class HealthEndpoint extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    @Any
    transient Instance<HealthCheck> checks;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String kind = request.getPathInfo() == null ? "" : request.getPathInfo();
        Instance<HealthCheck> selected = switch (kind) {
            case "", "/" -> checks;
            case "/live" -> checks.select(Liveness.Literal.INSTANCE);
            case "/ready" -> checks.select(Readiness.Literal.INSTANCE);
            default -> null;
        };
        if (selected == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean up = true;
        JsonArrayBuilder results = Json.createArrayBuilder();
        for (HealthCheck check : selected) {
            HealthCheckResponse result = safely(check);
            up &= result.getStatus() == HealthCheckResponse.Status.UP;
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("name", result.getName())
                    .add("status", result.getStatus().name());
            result.getData().filter(d -> !d.isEmpty()).ifPresent(data -> json.add("data", toJson(data)));
            results.add(json);
        }
        response.setStatus(up ? 200 : 503);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(Json.createObjectBuilder()
                .add("status", up ? "UP" : "DOWN")
                .add("checks", results)
                .build().toString());
    }

    private static HealthCheckResponse safely(HealthCheck check) {
        try {
            return check.call();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named(check.getClass().getSimpleName()).down()
                    .withData("error", e.getClass().getSimpleName()).build();
        }
    }

    private static JsonObjectBuilder toJson(Map<String, Object> data) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        data.forEach((key, value) -> {
            if (value instanceof Number n) {
                json.add(key, n.longValue());
            } else if (value instanceof Boolean b) {
                json.add(key, b);
            } else {
                json.add(key, String.valueOf(value));
            }
        });
        return json;
    }
}
