package rw.paydesk.sandbox.rwandapay;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/** The Rwanda Pay emulator's configuration (section "Rwanda Pay v1" of microprofile-config.properties). */
@ApplicationScoped
public class RwandaPaySettings {

    @Inject
    @ConfigProperty(name = "sandbox.rwandapay.secret-key", defaultValue = "sk_test_paydesk_sandbox_rwandapay_0001")
    String secretKey;

    @Inject
    @ConfigProperty(name = "sandbox.rwandapay.public-key", defaultValue = "pk_test_paydesk_sandbox_rwandapay_0001")
    String publicKey;

    @Inject
    @ConfigProperty(name = "sandbox.rwandapay.merchant-name", defaultValue = "PayDesk demo merchant")
    String merchantName;

    @Inject
    @ConfigProperty(name = "sandbox.rwandapay.outcome-delay-ms", defaultValue = "2000")
    long outcomeDelayMs;

    @Inject
    @ConfigProperty(name = "sandbox.rwandapay.payment-timeout-seconds", defaultValue = "300")
    long paymentTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "sandbox.rwandapay.checkout-lifetime-minutes", defaultValue = "30")
    long checkoutLifetimeMinutes;

    @Inject
    @ConfigProperty(name = "sandbox.rwandapay.withdrawal-delay-ms", defaultValue = "3000")
    long withdrawalDelayMs;

    @Inject
    @ConfigProperty(name = "sandbox.rwandapay.settlement-delay-seconds", defaultValue = "60")
    long settlementDelaySeconds;

    @Inject
    @ConfigProperty(name = "sandbox.rwandapay.opening-balance", defaultValue = "1000000")
    long openingBalance;

    @Inject
    @ConfigProperty(name = "sandbox.rwandapay.pin", defaultValue = "1234")
    String pin;

    @Inject
    @ConfigProperty(name = "sandbox.rwandapay.webhook-url")
    Optional<String> webhookUrl;

    @Inject
    @ConfigProperty(name = "sandbox.rwandapay.webhook-secret", defaultValue = "whsec_rwandapay_sandbox_local")
    String webhookSecret;

    @Inject
    @ConfigProperty(name = "sandbox.rwandapay.rate-limit-per-minute", defaultValue = "100")
    int rateLimitPerMinute;

    @Inject
    @ConfigProperty(name = "sandbox.rwandapay.idempotency-hours", defaultValue = "24")
    long idempotencyHours;

    @Inject
    @ConfigProperty(name = "sandbox.fault.timeout-hold-ms", defaultValue = "35000")
    long faultHoldMs;

    @Inject
    @ConfigProperty(name = "sandbox.public-base-url", defaultValue = "http://localhost:8080/sandbox")
    String publicBaseUrl;

    public String secretKey() {
        return secretKey;
    }

    public String publicKey() {
        return publicKey;
    }

    public String merchantName() {
        return merchantName;
    }

    public long outcomeDelayMs() {
        return outcomeDelayMs;
    }

    public long paymentTimeoutSeconds() {
        return paymentTimeoutSeconds;
    }

    public long checkoutLifetimeMinutes() {
        return checkoutLifetimeMinutes;
    }

    public long withdrawalDelayMs() {
        return withdrawalDelayMs;
    }

    public long settlementDelaySeconds() {
        return settlementDelaySeconds;
    }

    public long openingBalance() {
        return openingBalance;
    }

    /** The withdrawal PIN; compared, never logged or stored. */
    public String pin() {
        return pin;
    }

    /** Where webhooks go when a payment names no callback_url / webhook_url (empty: nowhere). */
    public Optional<String> webhookUrl() {
        return webhookUrl.filter(u -> !u.isBlank());
    }

    public String webhookSecret() {
        return webhookSecret;
    }

    public int rateLimitPerMinute() {
        return rateLimitPerMinute;
    }

    public long idempotencyHours() {
        return idempotencyHours;
    }

    public long faultHoldMs() {
        return faultHoldMs;
    }

    /** The customer-facing base, e.g. http://localhost:8080/sandbox/rwandapay. */
    public String pagesUrl() {
        return publicBaseUrl + "/rwandapay";
    }

    public String apiUrl() {
        return publicBaseUrl + "/rwandapay/v1";
    }
}
