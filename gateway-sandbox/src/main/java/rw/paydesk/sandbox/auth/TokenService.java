package rw.paydesk.sandbox.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import rw.paydesk.sandbox.store.Db;
import rw.paydesk.sandbox.store.Rows;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issues and checks access tokens. Tokens live in the database so they survive a restart, and
 * in a small cache so a request costs no query once its token is known.
 */
@ApplicationScoped
public class TokenService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Db db;

    @Inject
    @ConfigProperty(name = "sandbox.token.lifetime-seconds", defaultValue = "600")
    long lifetimeSeconds;

    private final Map<String, Issued> cache = new ConcurrentHashMap<>();

    /** A token and what it stands for. */
    public record Issued(String token, String accountNumber, Instant expiresAt) {
        boolean validAt(Instant now) {
            return now.isBefore(expiresAt);
        }
    }

    public Issued issue(Account account) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "dgs_sbx_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiresAt = Instant.now().plusSeconds(lifetimeSeconds);
        Issued issued = new Issued(token, account.number(), expiresAt);
        db.inTransaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM access_token WHERE expires_at < ?")) {
                Rows.bind(delete, Instant.now().minusSeconds(86_400)).executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO access_token (token, account_number, expires_at) VALUES (?, ?, ?)")) {
                return Rows.bind(insert, token, account.number(), expiresAt).executeUpdate();
            }
        });
        cache.put(token, issued);
        return issued;
    }

    public long lifetimeSeconds() {
        return lifetimeSeconds;
    }

    /** The account number the token belongs to, when the token exists and has not expired. */
    public Optional<String> accountOf(String token) {
        Instant now = Instant.now();
        Issued issued = cache.get(token);
        if (issued == null) {
            issued = load(token);
            if (issued != null) {
                cache.put(token, issued);
            }
        }
        return issued != null && issued.validAt(now) ? Optional.of(issued.accountNumber()) : Optional.empty();
    }

    private Issued load(String token) {
        return db.inTransaction(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT account_number, expires_at FROM access_token WHERE token = ?")) {
                try (ResultSet rs = Rows.bind(select, token).executeQuery()) {
                    return rs.next() ? new Issued(token, rs.getString(1), Rows.instant(rs.getTimestamp(2))) : null;
                }
            }
        });
    }

    /** Ends every token at once (control API), as a revocation on the gateway's side would. */
    public int expireAll() {
        Instant now = Instant.now();
        int expired = db.inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE access_token SET expires_at = ? WHERE expires_at > ?")) {
                return Rows.bind(update, now, now).executeUpdate();
            }
        });
        cache.clear();
        return expired;
    }
}
