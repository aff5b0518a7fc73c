package rw.paydesk.sandbox.rwandapay;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import rw.paydesk.sandbox.store.Db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The merchant's Rwanda Pay wallet: collected net amounts wait in {@code pending} until settlement,
 * refunds and withdrawals take from {@code available}. It opens with the configured balance so
 * refunds work in a fresh sandbox.
 */
@ApplicationScoped
public class MerchantWallet {

    /** The wallet's two pots, whole RWF. */
    public record Balance(long available, long pending) {

        public long total() {
            return available + pending;
        }

        Balance collected(long net) {
            return new Balance(available, pending + net);
        }

        Balance settled(long net) {
            return new Balance(available + net, pending - net);
        }

        Balance debited(long amount) {
            if (amount > available) {
                throw RwandaPayErrors.insufficientBalance(available, amount);
            }
            return new Balance(available - amount, pending);
        }

        Balance credited(long amount) {
            return new Balance(available + amount, pending);
        }
    }

    @Inject
    Db db;

    @Inject
    RwandaPaySettings settings;

    /** The balance now. */
    public Balance read() {
        return db.inTransaction(this::lock);
    }

    /** Adds funds to the available balance (control API). */
    public Balance topUp(long amount) {
        return db.inTransaction(c -> {
            Balance topped = lock(c).credited(amount);
            save(c, topped);
            return topped;
        });
    }

    /** Locks the wallet row for the rest of the caller's transaction, creating it at first use. */
    Balance lock(Connection c) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO rwp_wallet (id, available, pending) "
                + "SELECT 1, ?, 0 FROM (VALUES (1)) WHERE NOT EXISTS (SELECT 1 FROM rwp_wallet WHERE id = 1)")) {
            insert.setLong(1, settings.openingBalance());
            insert.executeUpdate();
        }
        try (PreparedStatement select = c.prepareStatement("SELECT available, pending FROM rwp_wallet WHERE id = 1 FOR UPDATE");
             ResultSet rs = select.executeQuery()) {
            rs.next();
            return new Balance(rs.getLong(1), rs.getLong(2));
        }
    }

    void save(Connection c, Balance balance) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE rwp_wallet SET available = ?, pending = ? WHERE id = 1")) {
            update.setLong(1, balance.available());
            update.setLong(2, balance.pending());
            update.executeUpdate();
        }
    }
}
