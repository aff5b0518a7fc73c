package rw.paydesk.sandbox.webhook;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import rw.paydesk.sandbox.auth.Account;
import rw.paydesk.sandbox.auth.Accounts;
import rw.paydesk.sandbox.control.Counters;
import rw.paydesk.sandbox.store.ClockTask;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Sends due webhooks one after the other (so a release in a chosen order arrives in that order),
 * with the account's secret in the {@code DGS-Webhook-Secret} header (or the headers of the
 * delivery's own gateway, see {@link WebhookHeaders}), and retries a non-2xx answer or a network
 * error after the configured back-off.
 */
@ApplicationScoped
public class WebhookDispatcher implements ClockTask {

    /** The header the docs' PHP example reads as $_SERVER['HTTP_DGS_WEBHOOK_SECRET']. */
    public static final String SECRET_HEADER = "DGS-Webhook-Secret";

    private static final int BATCH = 50;

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());

    @Inject
    Webhooks webhooks;

    @Inject
    Accounts accounts;

    @Inject
    Counters counters;

    @Inject
    @Any
    Instance<WebhookHeaders> gatewayHeaders;

    @Inject
    @ConfigProperty(name = "sandbox.webhook.retry-delays-seconds", defaultValue = "5,30,120,600,1800")
    String retryDelays;

    @Inject
    @ConfigProperty(name = "sandbox.webhook.timeout-seconds", defaultValue = "10")
    long timeoutSeconds;

    private RetrySchedule schedule;
    private HttpClient client;

    @PostConstruct
    void init() {
        schedule = RetrySchedule.parse(retryDelays);
        // HTTP/1.1 as a gateway's webhook sender speaks it: no h2c upgrade round trip per connection.
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(timeoutSeconds))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * Sends everything that was due when the tick began, in batches, before the loop sleeps: a
     * backlog drains at the speed of the receiver, not at one batch per clock interval. A failed
     * attempt is due again only after {@code now}, so the tick always ends.
     */
    @Override
    public void tick(Instant now) {
        List<Delivery> batch;
        do {
            batch = webhooks.due(now, BATCH);
            batch.forEach(this::deliver);
        } while (batch.size() == BATCH);
    }

    private void deliver(Delivery d) {
        int attemptNo = d.attempts() + 1;
        Instant started = Instant.now();
        Integer status = null;
        String error = null;
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(d.url()))
                    .timeout(Duration.ofSeconds(timeoutSeconds))
                    .header("Content-Type", "application/json");
            Optional<WebhookHeaders> signer = d.gateway() == null ? Optional.empty()
                    : gatewayHeaders.stream().filter(h -> h.gateway().equals(d.gateway())).findFirst();
            if (signer.isPresent()) {
                signer.get().headers(d, started).forEach(request::header);
            } else {
                Account account = accounts.get(d.accountNumber());
                request.header("User-Agent", "DGS-Pay-Sandbox/2")
                        .header(SECRET_HEADER, account.webhookSecret())
                        .header("DGS-Webhook-Id", Long.toString(d.id()));
            }
            status = client.send(request.POST(HttpRequest.BodyPublishers.ofString(d.payload())).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        counters.webhookAttempt();
        long duration = Duration.between(started, Instant.now()).toMillis();
        boolean delivered = status != null && status >= 200 && status < 300;
        Instant retryAt = delivered ? null : schedule.after(attemptNo).map(started::plus).orElse(null);
        if (!delivered) {
            LOG.info(() -> "webhook " + d.id() + " attempt " + attemptNo + " to " + d.url() + " of " + schedule.maxAttempts() + " not accepted");
        }
        webhooks.recordAttempt(d, new Attempt(d.id(), attemptNo, started, status,
                error == null ? null : error.substring(0, Math.min(500, error.length())), duration), delivered, retryAt);
    }
}
