package rw.paydesk.core.identity.application;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When an administrator disables a user, changes their roles or resets their password, the
 * sessions that user already has must not go on with the old rights. This remembers when
 * each user's rights last changed; a session that signed in before that is ended.
 *
 * <p>Held in this node's memory: in a cluster each node learns of it only from its own
 * administration pages (to be shared through the database or the data grid with clustering).
 */
@ApplicationScoped
public class SessionRevocations {

    private final Map<String, Instant> changedAt = new ConcurrentHashMap<>();

    public void revoke(String username, Instant at) {
        changedAt.merge(username.toLowerCase(Locale.ROOT), at, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** Whether a session of {@code username} that signed in at {@code signedInAt} must end. */
    public boolean isRevoked(String username, Instant signedInAt) {
        Instant changed = changedAt.get(username.toLowerCase(Locale.ROOT));
        return changed != null && !signedInAt.isAfter(changed);
    }
}
