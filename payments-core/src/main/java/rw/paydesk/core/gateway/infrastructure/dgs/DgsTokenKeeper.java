package rw.paydesk.core.gateway.infrastructure.dgs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import rw.paydesk.core.gateway.GatewayUnavailableException;
import rw.paydesk.core.gateway.infrastructure.dgs.internal.DgsApi;
import rw.paydesk.core.gateway.infrastructure.dgs.internal.DgsWire;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

/**
 * Keeps one access token for the whole cluster. The docs ask integrators not to request a
 * token per call: however many users work at once, on however many nodes, only one thread
 * fetches a new token while the others wait for it, and a token is replaced only once per
 * rejection. Each node holds a copy; the shared one is in the database ({@link DgsTokenStore}).
 */
@ApplicationScoped
public class DgsTokenKeeper {

    private static final Logger LOG = Logger.getLogger(DgsTokenKeeper.class.getName());
    /** The docs' lifetime, assumed when the answer does not say. */
    private static final Duration DOCUMENTED_LIFETIME = Duration.ofSeconds(600);
    @Inject
    DgsClient client;

    @Inject
    DgsSettings settings;

    @Inject
    Clock clock;

    @Inject
    DgsTokenStore store;

    private final ReentrantLock lock = new ReentrantLock();
    private volatile DgsToken current;

    /** {@code Bearer …} for the next call. */
    public String bearer() {
        DgsToken token = current;
        if (token != null && token.usableAt(clock.instant())) {
            return "Bearer " + token.value();
        }
        return "Bearer " + refresh(token).value();
    }

    /**
     * The gateway refused {@code rejectedBearer} (401): fetch a new token unless another
     * thread already did, and answer the bearer to retry with.
     */
    public String replace(String rejectedBearer) {
        lock.lock();
        try {
            DgsToken token = current;
            if (token != null && !rejectedBearer.equals("Bearer " + token.value()) && token.usableAt(clock.instant())) {
                return "Bearer " + token.value();
            }
            // the shared token, unless it is the one refused (then a new one for every node)
            current = shared(stored -> !rejectedBearer.equals("Bearer " + stored.value())
                    && stored.usableAt(clock.instant()));
            return "Bearer " + current.value();
        } finally {
            lock.unlock();
        }
    }

    /** For the timer: renews the token ahead of its expiry, so no user ever waits for it. */
    public void renewIfExpiringWithin(Duration window) {
        DgsToken token = current;
        if (token == null || clock.instant().plus(window).isAfter(token.expiresAt())) {
            lock.lock();
            try {
                // another node may have renewed it already: then this node takes that one
                current = shared(stored -> !clock.instant().plus(window).isAfter(stored.expiresAt()));
            } finally {
                lock.unlock();
            }
        }
    }

    private DgsToken refresh(DgsToken seen) {
        lock.lock();
        try {
            DgsToken token = current;
            if (token != seen && token != null && token.usableAt(clock.instant())) {
                return token; // another thread refreshed it while this one waited
            }
            current = shared(stored -> stored.usableAt(clock.instant()));
            return current;
        } finally {
            lock.unlock();
        }
    }

    /** The cluster's token if {@code good} accepts it, otherwise a new one fetched for all nodes. */
    private DgsToken shared(java.util.function.Predicate<DgsToken> good) {
        return store.takeOrFetch(settings.accountNumber(), good, this::fetch);
    }

    private DgsToken fetch() {
        JsonObject credentials = Json.createObjectBuilder()
                .add("account_number", settings.accountNumber())
                .add("client_secret", settings.clientSecret())
                .build();
        Instant asked = clock.instant();
        try (Response response = client.api().token(credentials)) {
            JsonObject body = DgsClient.body(response);
            String token = DgsWire.text(body, "access_token");
            if (response.getStatus() / 100 != 2 || token == null || token.isBlank()) {
                String error = DgsWire.text(body, "error");
                LOG.warning(() -> "DGS-Pay refused a token for account " + settings.accountNumber() + ": HTTP "
                        + response.getStatus() + (error == null ? "" : " " + error));
                throw new GatewayUnavailableException("The gateway refused PayDesk's credentials (HTTP "
                        + response.getStatus() + "). Check the account number and client secret.", null);
            }
            java.math.BigDecimal seconds = DgsWire.decimal(body, "expires_in");
            Duration lifetime = seconds == null || seconds.signum() <= 0 ? DOCUMENTED_LIFETIME
                    : Duration.ofSeconds(seconds.longValue());
            LOG.fine(() -> "New DGS-Pay token for " + settings.accountNumber() + ", valid " + lifetime);
            return new DgsToken(token, asked.plus(lifetime));
        } catch (jakarta.ws.rs.ProcessingException e) {
            throw new GatewayUnavailableException("The gateway could not be reached for a token.", e);
        }
    }
}
