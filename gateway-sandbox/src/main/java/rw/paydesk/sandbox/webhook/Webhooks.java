package rw.paydesk.sandbox.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import rw.paydesk.sandbox.store.Db;
import rw.paydesk.sandbox.store.Ids;
import rw.paydesk.sandbox.store.Rows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The webhook outbox. A webhook is written in the same transaction as the state change it
 * reports, and {@link WebhookDispatcher} sends it afterwards, so none is lost or invented.
 */
@ApplicationScoped
public class Webhooks {

    private static final String COLUMNS = "id, account_number, txn_id, event, url, payload, status, attempts, "
            + "next_attempt_at, last_http_status, created_at, delivered_at, gateway, event_id";

    @Inject
    Db db;

    @Inject
    WebhookControls controls;

    @Inject
    Ids ids;

    /**
     * Queues a webhook inside the caller's transaction (dropped, twice, or held, if a test asked
     * for that). A dropped webhook is logged with status "dropped" and no due time, so the
     * dispatcher never sends or retries it; only a redelivery sends it.
     */
    public void enqueue(Connection c, String accountNumber, Long txnId, String event, String url, JsonObject payload)
            throws SQLException {
        enqueue(c, null, null, accountNumber, txnId, event, url, payload);
    }

    /**
     * Queues a webhook of another emulated gateway: {@code gateway} selects the {@link WebhookHeaders}
     * that sign it, {@code eventId} is sent with every attempt and copy of it.
     */
    public void enqueue(Connection c, String gateway, String eventId, String accountNumber, Long txnId, String event,
                        String url, JsonObject payload) throws SQLException {
        Row row = new Row(gateway, eventId, accountNumber, txnId, event, url, payload.toString());
        if (controls.takeDrop()) {
            insert(c, row, "dropped");
            return;
        }
        int copies = controls.takeDuplicate() ? 2 : 1;
        String status = controls.holding() ? "held" : "pending";
        for (int i = 0; i < copies; i++) {
            insert(c, row, status);
        }
    }

    private record Row(String gateway, String eventId, String accountNumber, Long txnId, String event, String url,
                       String payload) {
    }

    private void insert(Connection c, Row row, String status) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO webhook_delivery (id, account_number, txn_id, "
                + "event, url, payload, status, attempts, next_attempt_at, created_at, gateway, event_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)")) {
            Instant now = Instant.now();
            Rows.bind(insert, ids.next("webhook_delivery"), row.accountNumber(), row.txnId(), row.event(), row.url(),
                    row.payload(), status, "pending".equals(status) ? now : null, now, row.gateway(), row.eventId())
                    .executeUpdate();
        }
    }

    public List<Delivery> due(Instant now, int max) {
        return db.inTransaction(c -> many(c, "WHERE status = 'pending' AND next_attempt_at <= ? "
                + "ORDER BY next_attempt_at, id LIMIT ?", now, max));
    }

    public List<Delivery> recent(int max) {
        return db.inTransaction(c -> many(c, "ORDER BY id DESC LIMIT ?", max));
    }

    public List<Delivery> forTxn(long txnId) {
        return db.inTransaction(c -> many(c, "WHERE txn_id = ? ORDER BY id", txnId));
    }

    public Optional<Delivery> find(long id) {
        return db.inTransaction(c -> many(c, "WHERE id = ?", id)).stream().findFirst();
    }

    public List<Attempt> attempts(long deliveryId) {
        return db.inTransaction(c -> {
            List<Attempt> list = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT delivery_id, attempt_no, attempted_at, "
                    + "http_status, error, duration_ms FROM webhook_attempt WHERE delivery_id = ? ORDER BY attempt_no")) {
                try (ResultSet rs = Rows.bind(select, deliveryId).executeQuery()) {
                    while (rs.next()) {
                        int status = rs.getInt(4);
                        list.add(new Attempt(rs.getLong(1), rs.getInt(2), Rows.instant(rs.getTimestamp(3)),
                                rs.wasNull() ? null : status, rs.getString(5), rs.getLong(6)));
                    }
                }
            }
            return list;
        });
    }

    /** Logs an attempt and moves the delivery on: delivered, retried later, or given up. */
    void recordAttempt(Delivery d, Attempt attempt, boolean delivered, Instant retryAt) {
        db.inTransaction(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO webhook_attempt (delivery_id, attempt_no, "
                    + "attempted_at, http_status, error, duration_ms) VALUES (?, ?, ?, ?, ?, ?)")) {
                Rows.bind(insert, d.id(), attempt.attemptNo(), attempt.attemptedAt(), attempt.httpStatus(),
                        attempt.error(), attempt.durationMs()).executeUpdate();
            }
            String status = delivered ? "delivered" : retryAt != null ? "pending" : "failed";
            try (PreparedStatement update = c.prepareStatement("UPDATE webhook_delivery SET status = ?, attempts = ?, "
                    + "next_attempt_at = ?, last_http_status = ?, delivered_at = ? WHERE id = ?")) {
                return Rows.bind(update, status, attempt.attemptNo(), delivered ? null : retryAt, attempt.httpStatus(),
                        delivered ? attempt.attemptedAt() : d.deliveredAt(), d.id()).executeUpdate();
            }
        });
    }

    /** Sends a delivery again now, whatever its state (operator page, control API). */
    public boolean redeliver(long id) {
        return db.inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE webhook_delivery SET status = 'pending', next_attempt_at = ? WHERE id = ?")) {
                return Rows.bind(update, Instant.now(), id).executeUpdate() == 1;
            }
        });
    }

    /** Releases held webhooks, oldest first or newest first (to deliver them out of order). */
    public int release(boolean newestFirst) {
        return db.inTransaction(c -> {
            List<Delivery> held = many(c, "WHERE status = 'held' ORDER BY id " + (newestFirst ? "DESC" : "ASC"));
            Instant base = Instant.now();
            int i = 0;
            for (Delivery d : held) {
                try (PreparedStatement update = c.prepareStatement(
                        "UPDATE webhook_delivery SET status = 'pending', next_attempt_at = ? WHERE id = ?")) {
                    // Spaced by a millisecond so the dispatcher sends them in exactly this order.
                    Rows.bind(update, base.plusMillis(i++), d.id()).executeUpdate();
                }
            }
            return held.size();
        });
    }

    private List<Delivery> many(Connection c, String where, Object... parameters) throws SQLException {
        List<Delivery> list = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM webhook_delivery " + where)) {
            try (ResultSet rs = Rows.bind(select, parameters).executeQuery()) {
                while (rs.next()) {
                    long txn = rs.getLong("txn_id");
                    Long txnId = rs.wasNull() ? null : txn;
                    int last = rs.getInt("last_http_status");
                    Integer lastStatus = rs.wasNull() ? null : last;
                    list.add(new Delivery(rs.getLong("id"), rs.getString("account_number"), txnId, rs.getString("event"),
                            rs.getString("url"), rs.getString("payload"), rs.getString("status"), rs.getInt("attempts"),
                            Rows.instant(rs.getTimestamp("next_attempt_at")), lastStatus,
                            Rows.instant(rs.getTimestamp("created_at")), Rows.instant(rs.getTimestamp("delivered_at")),
                            rs.getString("gateway"), rs.getString("event_id")));
                }
            }
        }
        return list;
    }
}
