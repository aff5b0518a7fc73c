package rw.paydesk.sandbox.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import rw.paydesk.sandbox.store.Rows;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stores transactions and wallets. Every method works inside the caller's JDBC transaction, so a
 * state change and the balance movement it causes commit together.
 */
@ApplicationScoped
public class Ledger {

    private static final String COLUMNS = "id, account_number, direction, method, public_id, reference, tx_ref, currency, "
            + "amount, fee, status, step, outcome, failure_reason, msisdn, provider, callback_url, details, due_at, "
            + "settle_at, settled, credited, created_at, updated_at";

    /** Inserts a new transaction whose id was taken from {@code Ids}. */
    public Txn insert(Connection c, Txn t) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO txn (id, account_number, direction, method, "
                + "public_id, reference, tx_ref, currency, amount, fee, status, step, outcome, failure_reason, msisdn, "
                + "provider, callback_url, details, due_at, settle_at, settled, credited, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Rows.bind(insert, t.id(), t.accountNumber(), t.direction(), t.method(), t.publicId(), t.reference(),
                    t.txRef(), t.currency(), t.amount(), t.fee(), t.status().name(), t.step(), t.outcome(),
                    t.failureReason(), t.msisdn(), t.provider(), t.callbackUrl(), t.details(), t.dueAt(), t.settleAt(),
                    t.settled(), t.credited(), t.createdAt(), t.updatedAt()).executeUpdate();
            return t;
        }
    }

    public boolean referenceExists(Connection c, String account, String reference) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM txn WHERE account_number = ? AND reference = ?")) {
            try (ResultSet rs = Rows.bind(select, account, reference).executeQuery()) {
                return rs.next();
            }
        }
    }

    public Optional<Txn> findById(Connection c, long id) throws SQLException {
        return one(c, "WHERE id = ?", id);
    }

    public Optional<Txn> findByPublicId(Connection c, String publicId) throws SQLException {
        return one(c, "WHERE public_id = ?", publicId);
    }

    public Optional<Txn> findByReference(Connection c, String account, String reference) throws SQLException {
        return one(c, "WHERE account_number = ? AND reference = ?", account, reference);
    }

    /** Locks the row for the rest of the transaction, so two deciders cannot both move it. */
    public Optional<Txn> lock(Connection c, long id) throws SQLException {
        return one(c, "WHERE id = ? FOR UPDATE", id);
    }

    public List<Txn> page(Connection c, String account, int limit, int offset) throws SQLException {
        return many(c, "WHERE account_number = ? ORDER BY id DESC LIMIT ? OFFSET ?", account, limit, offset);
    }

    public long count(Connection c, String account) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT COUNT(*) FROM txn WHERE account_number = ?")) {
            try (ResultSet rs = Rows.bind(select, account).executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Pending transactions of one direction and method that the clock must act on now. */
    public List<Long> due(Connection c, Instant now, String direction, String method, int max) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT id FROM txn WHERE status = 'PENDING' AND due_at <= ? "
                + "AND direction = ? AND method = ? ORDER BY due_at LIMIT ?")) {
            try (ResultSet rs = Rows.bind(select, now, direction, method, max).executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** Successful collections whose funds are due to become withdrawable. */
    public List<Long> dueForSettlement(Connection c, Instant now, int max) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT id FROM txn WHERE settled = FALSE "
                + "AND settle_at IS NOT NULL AND settle_at <= ? ORDER BY settle_at LIMIT ?")) {
            try (ResultSet rs = Rows.bind(select, now, max).executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** Mobile-money prompts waiting for the customer, oldest first. */
    public List<Txn> awaitingCustomer(Connection c) throws SQLException {
        return many(c, "WHERE status = 'PENDING' AND step = 'awaiting_customer' ORDER BY msisdn, id");
    }

    public List<Txn> recent(Connection c, int max) throws SQLException {
        return many(c, "ORDER BY id DESC LIMIT ?", max);
    }

    /** Moves a pending transaction to its next step; false if it is no longer pending. */
    public boolean advance(Connection c, long id, String step, Instant dueAt) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE txn SET step = ?, due_at = ?, updated_at = ? WHERE id = ? AND status = 'PENDING'")) {
            return Rows.bind(update, step, dueAt, Instant.now(), id).executeUpdate() == 1;
        }
    }

    /**
     * Moves a pending transaction to its final state; false (and nothing changes) when it is
     * already final, so a late or repeated decision can never move it back.
     */
    public boolean finish(Connection c, long id, TxnStatus status, String failureReason, Instant settleAt) throws SQLException {
        if (!TxnStatus.PENDING.canMoveTo(status)) {
            throw new IllegalArgumentException("not a final state: " + status);
        }
        try (PreparedStatement update = c.prepareStatement("UPDATE txn SET status = ?, step = NULL, due_at = NULL, "
                + "failure_reason = ?, settle_at = ?, updated_at = ? WHERE id = ? AND status = 'PENDING'")) {
            return Rows.bind(update, status.name(), failureReason, settleAt, Instant.now(), id).executeUpdate() == 1;
        }
    }

    /** Stores other figures for a transaction, whatever its state (control API); the caller moves balances. */
    public void amend(Connection c, long id, BigDecimal amount, BigDecimal fee, BigDecimal credited, String details)
            throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE txn SET amount = ?, fee = ?, credited = ?, details = ?, updated_at = ? WHERE id = ?")) {
            Rows.bind(update, amount, fee, credited, details, Instant.now(), id).executeUpdate();
        }
    }

    public void markSettled(Connection c, long id) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE txn SET settled = TRUE WHERE id = ?")) {
            Rows.bind(update, id).executeUpdate();
        }
    }

    /** Makes every unsettled collection due for settlement now (control API). */
    public int settleAllNow(Connection c) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE txn SET settle_at = ? WHERE settled = FALSE AND settle_at IS NOT NULL")) {
            return Rows.bind(update, Instant.now()).executeUpdate();
        }
    }

    // --- wallets

    /** The wallet row, locked for update; created empty on first use. */
    public WalletBalance lockWallet(Connection c, String account, String currency) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO wallet (account_number, currency, withdrawable, "
                + "pending, total_incoming, total_outgoing, net_incoming, net_outgoing) SELECT ?, ?, 0, 0, 0, 0, 0, 0 "
                + "FROM (VALUES (1)) WHERE NOT EXISTS (SELECT 1 FROM wallet WHERE account_number = ? AND currency = ?)")) {
            Rows.bind(insert, account, currency, account, currency).executeUpdate();
        } catch (SQLException e) {
            // Another transaction created the same wallet first; the row exists, which is all we need.
            if (!"23505".equals(e.getSQLState())) {
                throw e;
            }
        }
        try (PreparedStatement select = c.prepareStatement("SELECT currency, withdrawable, pending, total_incoming, "
                + "total_outgoing, net_incoming, net_outgoing FROM wallet WHERE account_number = ? AND currency = ? FOR UPDATE")) {
            try (ResultSet rs = Rows.bind(select, account, currency).executeQuery()) {
                rs.next();
                return wallet(rs);
            }
        }
    }

    public void saveWallet(Connection c, String account, WalletBalance w) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE wallet SET withdrawable = ?, pending = ?, "
                + "total_incoming = ?, total_outgoing = ?, net_incoming = ?, net_outgoing = ? "
                + "WHERE account_number = ? AND currency = ?")) {
            Rows.bind(update, w.withdrawable(), w.pending(), w.totalIncoming(), w.totalOutgoing(), w.netIncoming(),
                    w.netOutgoing(), account, w.currency()).executeUpdate();
        }
    }

    public List<WalletBalance> wallets(Connection c, String account) throws SQLException {
        List<WalletBalance> list = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT currency, withdrawable, pending, total_incoming, "
                + "total_outgoing, net_incoming, net_outgoing FROM wallet WHERE account_number = ? ORDER BY currency")) {
            try (ResultSet rs = Rows.bind(select, account).executeQuery()) {
                while (rs.next()) {
                    list.add(wallet(rs));
                }
            }
        }
        return list;
    }

    private static WalletBalance wallet(ResultSet rs) throws SQLException {
        return new WalletBalance(rs.getString(1).trim(), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7));
    }

    private Optional<Txn> one(Connection c, String where, Object... parameters) throws SQLException {
        List<Txn> list = many(c, where, parameters);
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    private List<Txn> many(Connection c, String where, Object... parameters) throws SQLException {
        List<Txn> list = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM txn " + where)) {
            try (ResultSet rs = Rows.bind(select, parameters).executeQuery()) {
                while (rs.next()) {
                    list.add(txn(rs));
                }
            }
        }
        return list;
    }

    private static Txn txn(ResultSet rs) throws SQLException {
        return new Txn(rs.getLong("id"), rs.getString("account_number"), rs.getString("direction"),
                rs.getString("method"), rs.getString("public_id"), rs.getString("reference"), rs.getString("tx_ref"),
                rs.getString("currency").trim(), rs.getBigDecimal("amount"), rs.getBigDecimal("fee"),
                TxnStatus.valueOf(rs.getString("status")), rs.getString("step"), rs.getString("outcome"),
                rs.getString("failure_reason"), rs.getString("msisdn"), rs.getString("provider"),
                rs.getString("callback_url"), rs.getString("details"), Rows.instant(rs.getTimestamp("due_at")),
                Rows.instant(rs.getTimestamp("settle_at")), rs.getBoolean("settled"), rs.getBigDecimal("credited"),
                Rows.instant(rs.getTimestamp("created_at")), Rows.instant(rs.getTimestamp("updated_at")));
    }
}
