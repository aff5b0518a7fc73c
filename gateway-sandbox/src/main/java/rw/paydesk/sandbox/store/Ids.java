package rw.paydesk.sandbox.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Row ids handed out in the JVM. H2's identity columns gave the same id to two concurrent
 * inserts under load (a primary-key violation at 200 requests/s), and knowing the id before the
 * insert also saves a round trip. The sandbox runs as a single node, so one counter per table,
 * started from the table's highest id, is enough.
 */
@ApplicationScoped
public class Ids {

    @Inject
    Db db;

    private final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();

    /** The next id of a table that has a numeric {@code id} column. */
    public long next(String table) {
        return counters.computeIfAbsent(table, this::highest).incrementAndGet();
    }

    private AtomicLong highest(String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        return db.inTransaction(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    return new AtomicLong(rs.getLong(1));
                }
            }
        });
    }
}
