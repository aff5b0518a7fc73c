package rw.paydesk.core.gateway.infrastructure.rwandapay;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** How to reach Rwanda Pay. The secret key only ever goes into the Authorization header; it is never logged. */
@ApplicationScoped
public class RwandaPaySettings {

    @Inject
    @ConfigProperty(name = "paydesk.rwandapay.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "paydesk.rwandapay.name", defaultValue = "Rwanda Pay")
    String name;

    @Inject
    @ConfigProperty(name = "paydesk.rwandapay.base-url", defaultValue = "http://localhost:8080/sandbox/rwandapay/v1")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "paydesk.rwandapay.secret-key")
    Optional<String> secretKey;

    @Inject
    @ConfigProperty(name = "paydesk.rwandapay.requests-per-minute", defaultValue = "90")
    int requestsPerMinute;

    @Inject
    @ConfigProperty(name = "paydesk.rwandapay.max-throttle-wait", defaultValue = "PT90S")
    String maxThrottleWait;

    @Inject
    @ConfigProperty(name = "paydesk.rwandapay.connect-timeout", defaultValue = "PT5S")
    String connectTimeout;

    @Inject
    @ConfigProperty(name = "paydesk.rwandapay.read-timeout", defaultValue = "PT30S")
    String readTimeout;

    @Inject
    @ConfigProperty(name = "paydesk.rwandapay.callback-url")
    Optional<String> callbackUrl;

    @Inject
    @ConfigProperty(name = "paydesk.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    /** Switched on, and given a key. */
    public boolean enabled() {
        return enabled && !key().isBlank();
    }

    public String name() {
        return name;
    }

    public URI baseUri() {
        return URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    }

    String bearer() {
        return "Bearer " + key();
    }

    String maskedKey() {
        return rw.paydesk.core.platform.Secrets.mask(key());
    }

    private String key() {
        return secretKey.map(String::trim).orElse("");
    }

    /** Below the gateway's own limit (100 a minute in its sandbox), so that 429s stay rare. */
    public int requestsPerMinute() {
        return requestsPerMinute;
    }

    /** How long a call may wait for its turn (pacing and 429s) before it gives up unsent. */
    public Duration maxThrottleWait() {
        return Duration.parse(maxThrottleWait);
    }

    public Duration connectTimeout() {
        return Duration.parse(connectTimeout);
    }

    public Duration readTimeout() {
        return Duration.parse(readTimeout);
    }

    /** Where Rwanda Pay sends webhooks: configured, or PayDesk's own endpoint under its public URL. */
    public String callbackUrl() {
        return callbackUrl.filter(s -> !s.isBlank())
                .orElse((publicUrl.endsWith("/") ? publicUrl : publicUrl + "/") + "api/webhooks/rwandapay");
    }
}
