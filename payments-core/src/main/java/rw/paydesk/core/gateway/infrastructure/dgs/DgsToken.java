package rw.paydesk.core.gateway.infrastructure.dgs;

import java.time.Duration;
import java.time.Instant;

/** A DGS-Pay access token and when it stops working; the same value on every node. */
public record DgsToken(String value, Instant expiresAt) {

    /** A token this close to its end is not handed out any more. */
    static final Duration MARGIN = Duration.ofSeconds(30);

    boolean usableAt(Instant now) {
        return now.plus(MARGIN).isBefore(expiresAt);
    }
}
