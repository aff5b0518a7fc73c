package rw.paydesk.core.gateway.infrastructure.dgs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;

/**
 * How to reach the DGS-Pay mobile-money charges API. It is the same DGS-Pay merchant account
 * as API v2 (its webhooks come to the same endpoint with the same secret), reached with an API
 * key in a header: the client secret unless another key is configured. The key is never logged.
 */
@ApplicationScoped
public class DgsChargesSettings {

    @Inject
    @ConfigProperty(name = "paydesk.dgs-charges.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "paydesk.dgs-charges.name", defaultValue = "DGS-Pay charges")
    String name;

    @Inject
    @ConfigProperty(name = "paydesk.dgs-charges.base-url", defaultValue = "http://localhost:8080/sandbox/dgs/generation/v2")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "paydesk.dgs-charges.api-key")
    java.util.Optional<String> apiKey;

    @Inject
    @ConfigProperty(name = "paydesk.dgs-charges.redirect-url")
    java.util.Optional<String> redirectUrl;

    @Inject
    @ConfigProperty(name = "paydesk.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    @Inject
    DgsSettings dgs;

    public boolean enabled() {
        return enabled;
    }

    public String name() {
        return name;
    }

    public URI baseUri() {
        return URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    }

    String apiKey() {
        return apiKey.filter(k -> !k.isBlank()).map(String::trim).orElseGet(dgs::clientSecret);
    }

    /** Where the customer's browser goes after paying (the API requires one): configured, or PayDesk's home. */
    public String redirectUrl() {
        return redirectUrl.filter(u -> !u.isBlank())
                .orElse(publicUrl.endsWith("/") ? publicUrl : publicUrl + "/");
    }

    /** Its webhooks go where API v2's go. */
    public String webhookUrl() {
        return dgs.callbackUrl();
    }

    DgsSettings dgs() {
        return dgs;
    }
}
