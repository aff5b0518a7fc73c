package rw.paydesk.sandbox.rwandapay;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import rw.paydesk.sandbox.store.Db;
import rw.paydesk.sandbox.store.Rows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/**
 * Idempotency keys per API key, in the database so they survive a restart. A key is claimed
 * while its first request runs, keeps that request's 2xx answer for the configured hours, and is
 * freed again by any other answer (nothing was done, so a retry runs afresh).
 */
@ApplicationScoped
public class IdempotencyKeys {

    /** A claim left behind by a request that never finished (a crash) is given up after this. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

    @Inject
    Db db;

    @Inject
    RwandaPaySettings settings;

    /** What a request with a key may do. */
    public sealed interface Claim {
        /** First use: go ahead, then {@link #complete} or {@link #release}. */
        record Granted() implements Claim {
        }

        /** The same request was answered before: send this again. */
        record Replay(int status, String body) implements Claim {
        }

        /** The key was used with another request. */
        record Mismatch() implements Claim {
        }

        /** The first request with this key is still running. */
        record InProgress() implements Claim {
        }
    }

    public Claim claim(String owner, String key, String fingerprint) {
        try {
            return db.inTransaction(c -> claim(c, owner, key, fingerprint, Instant.now()));
        } catch (Db.StoreException e) {
            if (e.isDuplicateKey()) {
                // Another request inserted the same key a moment ago.
                return new Claim.InProgress();
            }
            throw e;
        }
    }

    private Claim claim(Connection c, String owner, String key, String fingerprint, Instant now) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT fingerprint, state, http_status, body, created_at, "
                + "expires_at FROM rwp_idempotency WHERE key_owner = ? AND idem_key = ? FOR UPDATE")) {
            try (ResultSet rs = Rows.bind(select, owner, key).executeQuery()) {
                if (rs.next()) {
                    boolean expired = !Rows.instant(rs.getTimestamp("expires_at")).isAfter(now);
                    boolean running = rs.getString("state").equals("in_progress");
                    boolean abandoned = running && Rows.instant(rs.getTimestamp("created_at")).plus(ABANDONED_AFTER).isBefore(now);
                    if (!expired && !abandoned) {
                        if (!rs.getString("fingerprint").equals(fingerprint)) {
                            return new Claim.Mismatch();
                        }
                        return running ? new Claim.InProgress() : new Claim.Replay(rs.getInt("http_status"), rs.getString("body"));
                    }
                    try (PreparedStatement delete = c.prepareStatement(
                            "DELETE FROM rwp_idempotency WHERE key_owner = ? AND idem_key = ?")) {
                        Rows.bind(delete, owner, key).executeUpdate();
                    }
                }
            }
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO rwp_idempotency (key_owner, idem_key, fingerprint, "
                + "state, created_at, expires_at) VALUES (?, ?, ?, 'in_progress', ?, ?)")) {
            Rows.bind(insert, owner, key, fingerprint, now, now.plus(Duration.ofHours(settings.idempotencyHours())))
                    .executeUpdate();
        }
        return new Claim.Granted();
    }

    /** Keeps the first answer for replays. */
    public void complete(String owner, String key, int status, String body) {
        db.inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE rwp_idempotency SET state = 'done', http_status = ?, "
                    + "body = ? WHERE key_owner = ? AND idem_key = ?")) {
                return Rows.bind(update, status, body, owner, key).executeUpdate();
            }
        });
    }

    /** Frees a key whose request was refused: nothing happened that a retry could repeat. */
    public void release(String owner, String key) {
        db.inTransaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM rwp_idempotency WHERE key_owner = ? "
                    + "AND idem_key = ? AND state = 'in_progress'")) {
                return Rows.bind(delete, owner, key).executeUpdate();
            }
        });
    }

    int deleteExpired(Instant now) {
        return db.inTransaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM rwp_idempotency WHERE expires_at <= ?")) {
                return Rows.bind(delete, now).executeUpdate();
            }
        });
    }
}
