package rw.paydesk.core.identity.domain;

import java.time.Duration;

/**
 * How many wrong passwords in a row lock an account, and for how long.
 *
 * @param maxFailedAttempts wrong passwords in a row that lock the account
 * @param lockDuration      how long the account then stays locked
 */
public record LockoutPolicy(int maxFailedAttempts, Duration lockDuration) {

    public static final LockoutPolicy DEFAULT = new LockoutPolicy(5, Duration.ofMinutes(15));

    public LockoutPolicy {
        if (maxFailedAttempts < 1) {
            throw new IllegalArgumentException("maxFailedAttempts must be at least 1");
        }
        if (lockDuration == null || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("lockDuration must be positive");
        }
    }
}
