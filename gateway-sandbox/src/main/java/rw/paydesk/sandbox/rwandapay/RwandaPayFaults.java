package rw.paydesk.sandbox.rwandapay;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import rw.paydesk.sandbox.control.Faults;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Faults for Rwanda Pay calls only, kept apart from the DGS-Pay queue so a test of one gateway
 * never trips the other. The queue logic is the sandbox's {@link Faults}; the rate limit that a
 * test may lower at run time lives here too.
 */
@ApplicationScoped
public class RwandaPayFaults {

    private final Faults queue = new Faults();
    private volatile RateLimiter limiter;

    @Inject
    RwandaPaySettings settings;

    public void add(Faults.Mode mode, String operation, int count, Long holdMs) {
        queue.add(mode, operation, count, holdMs != null ? holdMs : settings.faultHoldMs());
    }

    public Optional<Faults.Rule> take(String operation) {
        return queue.take(operation);
    }

    public List<Faults.Rule> pending() {
        return queue.pending();
    }

    public RateLimiter limiter() {
        if (limiter == null) {
            synchronized (this) {
                if (limiter == null) {
                    limiter = new RateLimiter(settings.rateLimitPerMinute(), Duration.ofMinutes(1));
                }
            }
        }
        return limiter;
    }

    public void clearFaults() {
        queue.clear();
    }

    /** No faults, and the configured rate limit with a fresh window. */
    public void reset() {
        queue.clear();
        limiter().limit(settings.rateLimitPerMinute(), Duration.ofMinutes(1));
    }

    /** The operation names faults can target: collect, payment_status, refund, checkout, withdrawal, withdrawal_status, balance. */
    public static String operationOf(String method, String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        p = p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
        if (p.startsWith("rwandapay/v1/")) {
            p = p.substring("rwandapay/v1/".length());
        }
        boolean get = "GET".equals(method);
        if (p.equals("payments/collect")) {
            return "collect";
        }
        if (p.startsWith("payments/") && p.endsWith("/refund")) {
            return "refund";
        }
        if (p.startsWith("payments/")) {
            return "payment_status";
        }
        if (p.equals("checkout/initialize")) {
            return "checkout";
        }
        if (p.equals("withdrawals")) {
            return "withdrawal";
        }
        if (p.startsWith("withdrawals/") && get) {
            return "withdrawal_status";
        }
        return p.equals("balance") ? "balance" : p;
    }
}
