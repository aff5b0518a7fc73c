package rw.paydesk.sandbox.rwandapay;

import static rw.paydesk.sandbox.api.Jsons.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import rw.paydesk.sandbox.api.Wire;
import rw.paydesk.sandbox.store.Db;
import rw.paydesk.sandbox.store.Ids;
import rw.paydesk.sandbox.store.Rows;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collections: creation, the outcome (simulated by the number, decided on the payment page or by
 * the control API, or a time-out), settlement of the net amount, and refunds.
 */
@ApplicationScoped
public class Payments {

    /** Fails after the outcome delay: insufficient funds on the customer's wallet. */
    public static final String FAILING_NUMBER = "0780000001";
    /** Waits for the customer on payment_url until the payment time-out, then fails as expired. */
    public static final String WAITING_NUMBER = "0780000002";

    static final String INSUFFICIENT_FUNDS = "insufficient_funds";
    static final String EXPIRED = "expired";
    static final String DECLINED = "declined";

    private static final String COLUMNS = "id, reference, merchant_reference, amount, fee, currency, provider, phone, "
            + "status, plan, failure_reason, callback_url, customer, metadata, checkout_session, refunded_amount, due_at, "
            + "expires_at, paid_at, created_at";

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

    /** What a valid collect request (or a checkout's "Pay") asks for. */
    public record NewPayment(long amount, RwandaPhone phone, Provider provider, String merchantReference,
                             String callbackUrl, JsonObject customer, JsonObject metadata, String checkoutSession) {
    }

    public Payment create(NewPayment request) {
        return db.inTransaction(c -> create(c, request));
    }

    Payment create(Connection c, NewPayment request) throws SQLException {
        if (request.merchantReference() != null && merchantReferenceTaken(c, request.merchantReference())
                && request.checkoutSession() == null) {
            throw RwandaPayErrors.invalid("reference", "has already been used");
        }
        Instant now = Instant.now();
        String plan = switch (request.phone().national()) {
            case FAILING_NUMBER -> Payment.PLAN_FAIL;
            case WAITING_NUMBER -> Payment.PLAN_AWAIT;
            default -> Payment.PLAN_SUCCEED;
        };
        Instant expiresAt = now.plusSeconds(settings.paymentTimeoutSeconds());
        Instant dueAt = plan.equals(Payment.PLAN_AWAIT) ? expiresAt : now.plusMillis(settings.outcomeDelayMs());
        Payment p = new Payment(ids.next("rwp_payment"), RwandaPayIds.payment(now), request.merchantReference(),
                request.amount(), RwandaPayFees.collectionFee(request.amount()), "RWF", request.provider(),
                request.phone().national(), PaymentStatus.PENDING, plan, null, request.callbackUrl(), request.customer(),
                request.metadata(), request.checkoutSession(), 0, dueAt, expiresAt, null, now);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO rwp_payment (" + COLUMNS
                + ", settled, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?)")) {
            Rows.bind(insert, p.id(), p.reference(), p.merchantReference(), p.amount(), p.fee(), p.currency(),
                    p.provider().name(), p.phone(), p.status().wire(), p.plan(), null, p.callbackUrl(),
                    p.customer().toString(), p.metadata().toString(), p.checkoutSession(), 0L, p.dueAt(), p.expiresAt(),
                    null, p.createdAt(), p.createdAt()).executeUpdate();
        }
        return p;
    }

    /** Merchant references and checkout tx_refs share one namespace: both find a payment later. */
    static boolean merchantReferenceTaken(Connection c, String reference) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM rwp_payment WHERE merchant_reference = ? "
                + "UNION ALL SELECT 1 FROM rwp_checkout WHERE tx_ref = ?")) {
            try (ResultSet rs = Rows.bind(select, reference, reference).executeQuery()) {
                return rs.next();
            }
        }
    }

    /** By the gateway's reference, else by the merchant's own reference. */
    public Optional<Payment> find(String reference) {
        return db.inTransaction(c -> find(c, reference, false));
    }

    Optional<Payment> find(Connection c, String reference, boolean lock) throws SQLException {
        Optional<Payment> byGateway = one(c, "WHERE reference = ?" + (lock ? " FOR UPDATE" : ""), reference);
        return byGateway.isPresent() ? byGateway : one(c, "WHERE merchant_reference = ?" + (lock ? " FOR UPDATE" : ""), reference);
    }

    Optional<Payment> lock(Connection c, long id) throws SQLException {
        return one(c, "WHERE id = ? FOR UPDATE", id);
    }

    public List<Payment> recent(int max) {
        return db.inTransaction(c -> many(c, "ORDER BY id DESC LIMIT ?", max));
    }

    /**
     * The customer (payment page) or a test (control API) decides a pending payment. False when it
     * is no longer pending: a late decision changes nothing.
     */
    public boolean decide(String reference, PaymentStatus outcome) {
        return db.inTransaction(c -> {
            Optional<Payment> p = find(c, reference, true);
            if (p.isEmpty()) {
                throw RwandaPayErrors.notFound("reference", "no payment " + reference);
            }
            return finish(c, p.get(), outcome, outcome == PaymentStatus.FAILED ? DECLINED : null);
        });
    }

    /** Moves a locked pending payment to its outcome, credits pending_balance, queues the webhook. */
    boolean finish(Connection c, Payment p, PaymentStatus outcome, String reason) throws SQLException {
        if (p.status() != PaymentStatus.PENDING) {
            return false;
        }
        Instant now = Instant.now();
        boolean paid = outcome == PaymentStatus.SUCCESSFUL;
        try (PreparedStatement update = c.prepareStatement("UPDATE rwp_payment SET status = ?, failure_reason = ?, "
                + "paid_at = ?, settle_at = ?, due_at = NULL, updated_at = ? WHERE id = ?")) {
            Rows.bind(update, outcome.wire(), reason, paid ? now : null,
                    paid ? now.plusSeconds(settings.settlementDelaySeconds()) : null, now, p.id()).executeUpdate();
        }
        if (paid) {
            wallet.save(c, wallet.lock(c).collected(p.netAmount()));
        }
        Payment done = lock(c, p.id()).orElseThrow();
        webhooks.send(c, paid ? "payment.successful" : "payment.failed", p.callbackUrl(), done.webhookData());
        return true;
    }

    /** A synchronous refund of a successful or partially refunded payment, from the available balance. */
    public JsonObject refund(String reference, Long requested, String reason) {
        return db.inTransaction(c -> {
            Payment p = find(c, reference, true)
                    .orElseThrow(() -> RwandaPayErrors.notFound("reference", "no payment " + reference));
            if (!p.status().refundable()) {
                throw RwandaPayErrors.invalid("reference", "payment is " + p.status().wire()
                        + "; only successful or partially refunded payments can be refunded");
            }
            long refundable = p.amount() - p.refundedAmount();
            long amount = requested == null ? refundable : requested;
            if (amount > refundable) {
                throw RwandaPayErrors.invalid("amount", "exceeds the refundable amount of " + refundable + " RWF");
            }
            wallet.save(c, wallet.lock(c).debited(amount));
            Instant now = Instant.now();
            long total = p.refundedAmount() + amount;
            PaymentStatus status = total == p.amount() ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
            String refundReference = RwandaPayIds.refund(now);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO rwp_refund (id, reference, payment_id, amount, "
                    + "reason, status, created_at) VALUES (?, ?, ?, ?, ?, 'successful', ?)")) {
                Rows.bind(insert, ids.next("rwp_refund"), refundReference, p.id(), amount, reason, now).executeUpdate();
            }
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE rwp_payment SET refunded_amount = ?, status = ?, updated_at = ? WHERE id = ?")) {
                Rows.bind(update, total, status.wire(), now, p.id()).executeUpdate();
            }
            var data = JSON.createObjectBuilder()
                    .add("refund_reference", refundReference)
                    .add("payment_reference", p.reference())
                    .add("amount", amount)
                    .add("currency", p.currency())
                    .add("status", "successful")
                    .add("refunded_total", total)
                    .add("payment_status", status.wire());
            Payment.nullable(data, "merchant_reference", p.merchantReference());
            Payment.nullable(data, "reason", reason);
            data.add("created_at", Wire.isoSeconds(now));
            JsonObject answer = data.build();
            webhooks.send(c, "refund.successful", p.callbackUrl(),
                    JSON.createObjectBuilder(answer).add("reference", refundReference).build());
            return answer;
        });
    }

    /** Outcomes and time-outs that are due, then settlement of what was collected. */
    void tick(Instant now) {
        List<Long> due = db.inTransaction(c -> ids(c, "SELECT id FROM rwp_payment WHERE status = 'pending' AND due_at <= ? "
                + "ORDER BY due_at LIMIT 100", now));
        db.eachInOwnTransaction(due, (c, id) -> {
            Optional<Payment> p = lock(c, id);
            if (p.isEmpty() || p.get().status() != PaymentStatus.PENDING) {
                return false;
            }
            return switch (p.get().plan()) {
                case Payment.PLAN_SUCCEED -> finish(c, p.get(), PaymentStatus.SUCCESSFUL, null);
                case Payment.PLAN_FAIL -> finish(c, p.get(), PaymentStatus.FAILED, INSUFFICIENT_FUNDS);
                default -> finish(c, p.get(), PaymentStatus.FAILED, EXPIRED);
            };
        });
        List<Long> settling = db.inTransaction(c -> ids(c, "SELECT id FROM rwp_payment WHERE settled = FALSE "
                + "AND settle_at <= ? ORDER BY settle_at LIMIT 100", now));
        db.eachInOwnTransaction(settling, (c, id) -> {
            Optional<Payment> p = lock(c, id);
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE rwp_payment SET settled = TRUE WHERE id = ? AND settled = FALSE")) {
                if (p.isEmpty() || Rows.bind(update, id).executeUpdate() != 1) {
                    return false;
                }
            }
            wallet.save(c, wallet.lock(c).settled(p.get().netAmount()));
            return true;
        });
    }

    /** Every collected, unsettled net amount becomes available at the next tick. */
    public int settleAllNow() {
        return db.inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE rwp_payment SET settle_at = ? WHERE settled = FALSE AND settle_at IS NOT NULL")) {
                return Rows.bind(update, Instant.now()).executeUpdate();
            }
        });
    }

    static List<Long> ids(Connection c, String sql, Object... parameters) throws SQLException {
        List<Long> list = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(sql)) {
            try (ResultSet rs = Rows.bind(select, parameters).executeQuery()) {
                while (rs.next()) {
                    list.add(rs.getLong(1));
                }
            }
        }
        return list;
    }

    private Optional<Payment> one(Connection c, String where, Object... parameters) throws SQLException {
        return many(c, where, parameters).stream().findFirst();
    }

    private List<Payment> many(Connection c, String where, Object... parameters) throws SQLException {
        List<Payment> list = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM rwp_payment " + where)) {
            try (ResultSet rs = Rows.bind(select, parameters).executeQuery()) {
                while (rs.next()) {
                    list.add(new Payment(rs.getLong("id"), rs.getString("reference"), rs.getString("merchant_reference"),
                            rs.getLong("amount"), rs.getLong("fee"), rs.getString("currency"),
                            Provider.valueOf(rs.getString("provider")), rs.getString("phone"),
                            PaymentStatus.fromWire(rs.getString("status")), rs.getString("plan"),
                            rs.getString("failure_reason"), rs.getString("callback_url"), json(rs.getString("customer")),
                            json(rs.getString("metadata")), rs.getString("checkout_session"), rs.getLong("refunded_amount"),
                            Rows.instant(rs.getTimestamp("due_at")), Rows.instant(rs.getTimestamp("expires_at")),
                            Rows.instant(rs.getTimestamp("paid_at")), Rows.instant(rs.getTimestamp("created_at"))));
                }
            }
        }
        return list;
    }

    static JsonObject json(String text) {
        return JSON.createReader(new StringReader(text)).readObject();
    }
}
