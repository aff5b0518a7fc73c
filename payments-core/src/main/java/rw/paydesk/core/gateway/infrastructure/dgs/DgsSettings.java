package rw.paydesk.core.gateway.infrastructure.dgs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.time.Duration;

/** How to reach DGS-Pay. The secret is only ever handed to the token request, never logged. */
@ApplicationScoped
public class DgsSettings {

    @Inject
    @ConfigProperty(name = "paydesk.gateway.base-url")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "paydesk.gateway.account-number")
    String accountNumber;

    @Inject
    @ConfigProperty(name = "paydesk.gateway.client-secret")
    String clientSecret;

    @Inject
    @ConfigProperty(name = "paydesk.gateway.connect-timeout", defaultValue = "PT5S")
    String connectTimeout;

    @Inject
    @ConfigProperty(name = "paydesk.gateway.read-timeout", defaultValue = "PT30S")
    String readTimeout;

    @Inject
    @ConfigProperty(name = "paydesk.gateway.callback-url")
    java.util.Optional<String> callbackUrl;

    @Inject
    @ConfigProperty(name = "paydesk.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "paydesk.gateway.card-public-key")
    java.util.Optional<String> cardPublicKey;

    public URI baseUri() {
        return URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    }

    public String accountNumber() {
        return accountNumber;
    }

    String clientSecret() {
        return clientSecret;
    }

    public Duration connectTimeout() {
        return Duration.parse(connectTimeout);
    }

    public Duration readTimeout() {
        return Duration.parse(readTimeout);
    }

    /** The card public key (PEM) if configured; otherwise it is read from the gateway. */
    public java.util.Optional<String> cardPublicKey() {
        return cardPublicKey.filter(s -> s.contains("PUBLIC KEY")).map(s -> s.replace("\\n", "\n"));
    }

    /** Where the gateway sends webhooks: configured, or PayDesk's own endpoint under its public URL. */
    public String callbackUrl() {
        return callbackUrl.filter(s -> !s.isBlank())
                .orElse((publicUrl.endsWith("/") ? publicUrl : publicUrl + "/") + "api/webhooks/dgs");
    }
}
