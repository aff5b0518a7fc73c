package rw.paydesk.sandbox.rwandapay;

import static rw.paydesk.sandbox.api.Jsons.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import rw.paydesk.sandbox.api.Wire;
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
 * Withdrawals from the merchant wallet to the merchant's own mobile-money account: the amount is
 * taken from the available balance at once, and the transfer ends after the withdrawal delay
 * ({@link Payments#FAILING_NUMBER} fails, and the amount goes back).
 */
@ApplicationScoped
public class Withdrawals {

    @Inject
    Db db;

    @Inject
    Ids ids;

    @Inject
    MerchantWallet wallet;

    @Inject
    RwandaPayWebhooks webhooks;

    @Inject
    RwandaPaySettings settings;

    /** One withdrawal as the API shows it. */
    public record Withdrawal(long id, String reference, long amount, long fee, String phone, Provider provider,
                             String status, String failureReason, String callbackUrl, Instant completedAt, Instant createdAt) {

        public JsonObject view() {
            JsonObjectBuilder b = JSON.createObjectBuilder()
                    .add("reference", reference)
                    .add("status", status)
                    .add("amount", amount)
                    .add("fee", fee)
                    .add("currency", "RWF")
                    .add("phone", phone)
                    .add("provider", provider.wire())
                    .add("created_at", Wire.isoSeconds(createdAt));
            Payment.time(b, "completed_at", completedAt);
            Payment.nullable(b, "failure_reason", failureReason);
            return b.build();
        }
    }

    public Withdrawal create(long amount, RwandaPhone phone, Provider provider, String callbackUrl) {
        return db.inTransaction(c -> {
            long fee = RwandaPayFees.WITHDRAWAL_FEE;
            wallet.save(c, wallet.lock(c).debited(amount + fee));
            Instant now = Instant.now();
            Withdrawal w = new Withdrawal(ids.next("rwp_withdrawal"), RwandaPayIds.withdrawal(now), amount, fee,
                    phone.national(), provider, "pending", null, callbackUrl, null, now);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO rwp_withdrawal (id, reference, amount, fee, "
                    + "phone, provider, status, callback_url, due_at, created_at, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?)")) {
                Rows.bind(insert, w.id(), w.reference(), amount, fee, w.phone(), provider.name(), callbackUrl,
                        now.plusMillis(settings.withdrawalDelayMs()), now, now).executeUpdate();
            }
            return w;
        });
    }

    public Optional<Withdrawal> find(String reference) {
        return db.inTransaction(c -> many(c, "WHERE reference = ?", reference).stream().findFirst());
    }

    public List<Withdrawal> recent(int max) {
        return db.inTransaction(c -> many(c, "ORDER BY id DESC LIMIT ?", max));
    }

    void tick(Instant now) {
        List<Long> due = db.inTransaction(c -> Payments.ids(c, "SELECT id FROM rwp_withdrawal WHERE status = 'pending' "
                + "AND due_at <= ? ORDER BY due_at LIMIT 100", now));
        db.eachInOwnTransaction(due, (c, id) -> {
            Optional<Withdrawal> found = many(c, "WHERE id = ? FOR UPDATE", id).stream().findFirst();
            if (found.isEmpty() || !found.get().status().equals("pending")) {
                return false;
            }
            Withdrawal w = found.get();
            boolean fails = Payments.FAILING_NUMBER.equals(w.phone());
            Instant at = Instant.now();
            try (PreparedStatement update = c.prepareStatement("UPDATE rwp_withdrawal SET status = ?, failure_reason = ?, "
                    + "completed_at = ?, due_at = NULL, updated_at = ? WHERE id = ?")) {
                Rows.bind(update, fails ? "failed" : "successful", fails ? "recipient_account_unavailable" : null,
                        fails ? null : at, at, id).executeUpdate();
            }
            if (fails) {
                wallet.save(c, wallet.lock(c).credited(w.amount() + w.fee()));
            }
            Withdrawal done = many(c, "WHERE id = ?", id).get(0);
            webhooks.send(c, fails ? "withdrawal.failed" : "withdrawal.successful", w.callbackUrl(), done.view());
            return true;
        });
    }

    private List<Withdrawal> many(Connection c, String where, Object... parameters) throws SQLException {
        List<Withdrawal> list = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT id, reference, amount, fee, phone, provider, status, "
                + "failure_reason, callback_url, completed_at, created_at FROM rwp_withdrawal " + where)) {
            try (ResultSet rs = Rows.bind(select, parameters).executeQuery()) {
                while (rs.next()) {
                    list.add(new Withdrawal(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
                            Provider.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8), rs.getString(9),
                            Rows.instant(rs.getTimestamp(10)), Rows.instant(rs.getTimestamp(11))));
                }
            }
        }
        return list;
    }
}
