package rw.paydesk.sandbox.webhook;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The back-off between webhook attempts: the n-th failed attempt waits the n-th delay. */
public record RetrySchedule(List<Duration> delays) {

    /** Parses "5,30,120" (seconds). */
    public static RetrySchedule parse(String seconds) {
        return new RetrySchedule(Arrays.stream(seconds.split(","))
                .map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> Duration.ofMillis(Math.round(Double.parseDouble(s) * 1000)))
                .toList());
    }

    /** The wait after failed attempt number {@code attempt} (1-based), or empty when it was the last. */
    public Optional<Duration> after(int attempt) {
        return attempt >= 1 && attempt <= delays.size() ? Optional.of(delays.get(attempt - 1)) : Optional.empty();
    }

    public int maxAttempts() {
        return delays.size() + 1;
    }
}
