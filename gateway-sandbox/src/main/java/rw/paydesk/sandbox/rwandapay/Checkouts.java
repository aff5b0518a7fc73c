package rw.paydesk.sandbox.rwandapay;

import static rw.paydesk.sandbox.api.Jsons.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import rw.paydesk.sandbox.store.Db;
import rw.paydesk.sandbox.store.Rows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * Hosted checkout sessions: created by {@code POST /checkout/initialize}, paid once on the hosted
 * page by mobile money. The payment's merchant reference is the session's tx_ref.
 */
@ApplicationScoped
public class Checkouts {

    @Inject
    Db db;

    @Inject
    Payments payments;

    @Inject
    RwandaPaySettings settings;

    /** One session; {@code paymentId} is set once the customer pressed "Pay". */
    public record Session(String sessionId, String txRef, long amount, String currency, JsonObject customer,
                          String redirectUrl, String webhookUrl, JsonObject meta, Long paymentId, Instant expiresAt) {

        public boolean expired(Instant now) {
            return paymentId == null && !now.isBefore(expiresAt);
        }
    }

    /** What the hosted page's "Pay" came to. */
    public sealed interface PayResult {
        record Started(Payment payment) implements PayResult {
        }

        record AlreadyPaid() implements PayResult {
        }

        record Expired() implements PayResult {
        }
    }

    public Session initialize(long amount, String currency, JsonObject customer, String txRef, String redirectUrl,
                              String webhookUrl, JsonObject meta) {
        return db.inTransaction(c -> {
            if (Payments.merchantReferenceTaken(c, txRef)) {
                throw RwandaPayErrors.invalid("tx_ref", "has already been used");
            }
            Instant now = Instant.now();
            Session s = new Session(RwandaPayIds.checkoutSession(), txRef, amount, currency, customer, redirectUrl,
                    webhookUrl, meta, null, now.plusSeconds(settings.checkoutLifetimeMinutes() * 60));
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO rwp_checkout (session_id, tx_ref, amount, "
                    + "currency, customer, redirect_url, webhook_url, meta, expires_at, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                Rows.bind(insert, s.sessionId(), s.txRef(), s.amount(), s.currency(), s.customer().toString(),
                        s.redirectUrl(), s.webhookUrl(), s.meta().toString(), s.expiresAt(), now).executeUpdate();
            }
            return s;
        });
    }

    public Optional<Session> find(String sessionId) {
        return db.inTransaction(c -> find(c, sessionId, false));
    }

    /** The customer pays the session from {@code phone}; one payment per session. */
    public PayResult pay(String sessionId, RwandaPhone phone) {
        return db.inTransaction(c -> {
            Session s = find(c, sessionId, true).orElseThrow(() -> RwandaPayErrors.notFound("session_id", "no session"));
            if (s.paymentId() != null) {
                return new PayResult.AlreadyPaid();
            }
            if (s.expired(Instant.now())) {
                return new PayResult.Expired();
            }
            JsonObject customer = JSON.createObjectBuilder(s.customer()).add("phone", phone.national()).build();
            Payment p = payments.create(c, new Payments.NewPayment(s.amount(), phone, phone.provider(), s.txRef(),
                    s.webhookUrl(), customer, s.meta(), s.sessionId()));
            try (PreparedStatement update = c.prepareStatement("UPDATE rwp_checkout SET payment_id = ? WHERE session_id = ?")) {
                Rows.bind(update, p.id(), s.sessionId()).executeUpdate();
            }
            return new PayResult.Started(p);
        });
    }

    private Optional<Session> find(Connection c, String sessionId, boolean lock) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT session_id, tx_ref, amount, currency, customer, "
                + "redirect_url, webhook_url, meta, payment_id, expires_at FROM rwp_checkout WHERE session_id = ?"
                + (lock ? " FOR UPDATE" : ""))) {
            try (ResultSet rs = Rows.bind(select, sessionId).executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long id = rs.getLong("payment_id");
                Long paymentId = rs.wasNull() ? null : id;
                return Optional.of(new Session(rs.getString("session_id"), rs.getString("tx_ref"), rs.getLong("amount"),
                        rs.getString("currency"), Payments.json(rs.getString("customer")), rs.getString("redirect_url"),
                        rs.getString("webhook_url"), Payments.json(rs.getString("meta")), paymentId,
                        Rows.instant(rs.getTimestamp("expires_at"))));
            }
        }
    }
}
