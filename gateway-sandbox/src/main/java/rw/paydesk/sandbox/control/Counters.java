package rw.paydesk.sandbox.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts what clients did, for tests that check a client's manners (e.g. that it reuses its
 * token). In memory: a restart starts from zero.
 */
@ApplicationScoped
public class Counters {

    private final Map<String, AtomicLong> tokenRequests = new ConcurrentHashMap<>();
    private final Map<String, Map<String, AtomicLong>> apiCalls = new ConcurrentHashMap<>();
    private final AtomicLong webhookAttempts = new AtomicLong();

    /** The last path segment, e.g. "init_payment", "wallet", "token". */
    public static String operationOf(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    public void tokenRequest(String accountNumber) {
        tokenRequests.computeIfAbsent(accountNumber == null ? "" : accountNumber, k -> new AtomicLong()).incrementAndGet();
    }

    public void apiCall(String accountNumber, String operation) {
        apiCalls.computeIfAbsent(accountNumber, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(operation, k -> new AtomicLong()).incrementAndGet();
    }

    public void webhookAttempt() {
        webhookAttempts.incrementAndGet();
    }

    public Map<String, Long> tokenRequests() {
        Map<String, Long> copy = new TreeMap<>();
        tokenRequests.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }

    public Map<String, Map<String, Long>> apiCalls() {
        Map<String, Map<String, Long>> copy = new TreeMap<>();
        apiCalls.forEach((account, ops) -> {
            Map<String, Long> counts = new TreeMap<>();
            ops.forEach((op, n) -> counts.put(op, n.get()));
            copy.put(account, counts);
        });
        return copy;
    }

    public long webhookAttempts() {
        return webhookAttempts.get();
    }

    public void reset() {
        tokenRequests.clear();
        apiCalls.clear();
        webhookAttempts.set(0);
    }
}
