package rw.paydesk.core.gateway.infrastructure.dgs;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The gateway token every node shares, in the {@code gateway_token} row: a node that needs a new
 * token locks the row, and either takes the token another node stored meanwhile or fetches
 * one and stores it. So a cluster asks the gateway for one token per lifetime, not one per node.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DgsTokenStore {

    static final String API = "dgs-pay-v2";

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    /**
     * Under the row's lock: the stored token of {@code accountNumber} if {@code good} accepts it,
     * otherwise a new one from {@code fetch}, stored for every node. The lock is held while the
     * gateway answers, so the other nodes wait for that token rather than fetch their own.
     */
    public DgsToken takeOrFetch(String accountNumber, Predicate<DgsToken> good, Supplier<DgsToken> fetch) {
        Optional<DgsToken> stored = lockedRow(accountNumber);
        if (stored.isPresent() && good.test(stored.get())) {
            return stored.get();
        }
        DgsToken fresh = fetch.get();
        em.createNativeQuery("UPDATE gateway_token SET account_number = ?, token = ?, expires_at = ?, fetched_by = ?,"
                        + " fetched_at = ? WHERE api = ?")
                .setParameter(1, accountNumber)
                .setParameter(2, fresh.value())
                .setParameter(3, fresh.expiresAt().atOffset(ZoneOffset.UTC))
                .setParameter(4, rw.paydesk.core.platform.JobLease.NODE)
                .setParameter(5, OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter(6, API)
                .executeUpdate();
        return fresh;
    }

    private Optional<DgsToken> lockedRow(String accountNumber) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT account_number, token, expires_at FROM gateway_token"
                        + " WHERE api = ? FOR UPDATE")
                .setParameter(1, API).getResultList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("gateway_token has no row for " + API + "; the database migration did not run");
        }
        Object[] row = rows.get(0);
        if (!accountNumber.equals(row[0]) || row[1] == null || row[2] == null) {
            return Optional.empty(); // none yet, or another account's (the configuration changed)
        }
        return Optional.of(new DgsToken((String) row[1], instant(row[2])));
    }

    /** Drivers answer a TIMESTAMP WITH TIME ZONE differently (PostgreSQL a Timestamp, H2 an OffsetDateTime). */
    static Instant instant(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        throw new IllegalArgumentException("not a point in time: " + value.getClass().getName());
    }
}
