package rw.paydesk.sandbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The faults a test asked for: a fixed latency on every API call, and a queue of "the next N
 * calls (optionally of one operation) answer 500 / 429 / time out". In memory only.
 */
@ApplicationScoped
public class Faults {

    /** What an injected fault does to a call. */
    public enum Mode {
        /** Answers 500 without doing anything. */
        ERROR_500("500"),
        /** Answers 429 with Retry-After without doing anything. */
        TOO_MANY_REQUESTS("429"),
        /** Holds the request past the client's read timeout, then answers 504 without doing anything. */
        TIMEOUT("timeout"),
        /** Does the work, then holds the answer past the client's read timeout: the outcome is unknown to it. */
        TIMEOUT_AFTER_PROCESSING("timeout_after_processing");

        private final String wire;

        Mode(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }

        public static Optional<Mode> fromWire(String value) {
            for (Mode m : values()) {
                if (m.wire.equals(value)) {
                    return Optional.of(m);
                }
            }
            return Optional.empty();
        }
    }

    /** A fault that still applies to {@code remaining} calls of {@code operation} (null: any). */
    public static final class Rule {
        private final Mode mode;
        private final String operation;
        private final long holdMs;
        private int remaining;

        Rule(Mode mode, String operation, int count, long holdMs) {
            this.mode = mode;
            this.operation = operation;
            this.remaining = count;
            this.holdMs = holdMs;
        }

        public Mode mode() {
            return mode;
        }

        public String operation() {
            return operation;
        }

        public int remaining() {
            return remaining;
        }

        public long holdMs() {
            return holdMs;
        }
    }

    @Inject
    @ConfigProperty(name = "sandbox.fault.timeout-hold-ms", defaultValue = "35000")
    long defaultHoldMs;

    private final List<Rule> rules = new ArrayList<>();
    private volatile long latencyMs;

    public synchronized void add(Mode mode, String operation, int count, Long holdMs) {
        rules.add(new Rule(mode, operation, count, holdMs != null ? holdMs : defaultHoldMs));
    }

    /** The fault for this call, consumed, if one applies. */
    public synchronized Optional<Rule> take(String operation) {
        Iterator<Rule> it = rules.iterator();
        while (it.hasNext()) {
            Rule rule = it.next();
            if (rule.operation == null || rule.operation.equals(operation)) {
                rule.remaining--;
                if (rule.remaining <= 0) {
                    it.remove();
                }
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    public synchronized List<Rule> pending() {
        return List.copyOf(rules);
    }

    public long latencyMs() {
        return latencyMs;
    }

    public void latencyMs(long ms) {
        this.latencyMs = Math.max(0, ms);
    }

    public synchronized void clear() {
        rules.clear();
        latencyMs = 0;
    }
}
