package rw.paydesk.core.webhook.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import rw.paydesk.core.webhook.domain.WebhookSecrets;
import rw.paydesk.core.webhook.domain.WebhookSignature;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * The webhook secrets from configuration. {@code paydesk.gateway.webhook-secret-previous}
 * lets the secret be rotated without refusing webhooks in between: set the new secret and
 * keep the old one as "previous" until the gateway sends the new one, then empty it.
 */
@ApplicationScoped
public class WebhookSettings {

    private static final Logger LOG = Logger.getLogger(WebhookSettings.class.getName());

    @Inject
    @ConfigProperty(name = "paydesk.gateway.webhook-secret")
    Optional<String> secret;

    @Inject
    @ConfigProperty(name = "paydesk.gateway.webhook-secret-previous")
    Optional<String> previousSecret;

    @Inject
    @ConfigProperty(name = "paydesk.rwandapay.webhook-secret")
    Optional<String> rwandaPaySecret;

    @Inject
    @ConfigProperty(name = "paydesk.rwandapay.webhook-secret-previous")
    Optional<String> rwandaPayPreviousSecret;

    @Inject
    @ConfigProperty(name = "paydesk.rwandapay.webhook-tolerance", defaultValue = "PT5M")
    String rwandaPayTolerance;

    private WebhookSecrets secrets;
    private WebhookSignature rwandaPay;

    @PostConstruct
    void init() {
        secrets = new WebhookSecrets(secret.orElse(""), previousSecret.orElse(""));
        if (!secrets.configured()) {
            LOG.warning("paydesk.gateway.webhook-secret is empty: every webhook will be refused");
        }
        rwandaPay = new WebhookSignature(rwandaPaySecret.orElse(""), rwandaPayPreviousSecret.orElse(""),
                java.time.Duration.parse(rwandaPayTolerance));
    }

    public WebhookSecrets secrets() {
        return secrets;
    }

    /** Rwanda Pay's signed webhooks ({@code paydesk.rwandapay.webhook-secret}, and its previous one while rotating). */
    public WebhookSignature rwandaPay() {
        return rwandaPay;
    }
}
