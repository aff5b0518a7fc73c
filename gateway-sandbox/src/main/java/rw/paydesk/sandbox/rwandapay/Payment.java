package rw.paydesk.sandbox.rwandapay;

import static rw.paydesk.sandbox.api.Jsons.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import rw.paydesk.sandbox.api.Wire;

import java.time.Instant;

/**
 * One collection. {@code plan} is what the sandbox will do with it while pending: succeed or fail
 * at {@code dueAt}, or wait for the customer on {@code payment_url} until {@code expiresAt}.
 */
public record Payment(long id, String reference, String merchantReference, long amount, long fee, String currency,
                      Provider provider, String phone, PaymentStatus status, String plan, String failureReason,
                      String callbackUrl, JsonObject customer, JsonObject metadata, String checkoutSession,
                      long refundedAmount, Instant dueAt, Instant expiresAt, Instant paidAt, Instant createdAt) {

    public static final String PLAN_SUCCEED = "succeed";
    public static final String PLAN_FAIL = "fail";
    public static final String PLAN_AWAIT = "await";

    public long netAmount() {
        return amount - fee;
    }

    /** GET /payments/{reference}: the docs' fields, then the sandbox's additions. */
    public JsonObject statusView() {
        JsonObjectBuilder b = JSON.createObjectBuilder()
                .add("reference", reference)
                .add("status", status.wire())
                .add("amount", amount)
                .add("fee", fee)
                .add("net_amount", netAmount())
                .add("provider", provider.wire())
                .add("customer_phone", phone);
        time(b, "paid_at", paidAt);
        nullable(b, "merchant_reference", merchantReference);
        b.add("currency", currency)
                .add("refunded_amount", refundedAmount)
                .add("created_at", Wire.isoSeconds(createdAt))
                .add("expires_at", Wire.isoSeconds(expiresAt));
        nullable(b, "failure_reason", failureReason);
        return b.add("metadata", metadata).build();
    }

    /** The data of payment.successful / payment.failed, shaped like the docs' webhook example. */
    public JsonObject webhookData() {
        JsonObjectBuilder b = JSON.createObjectBuilder()
                .add("reference", reference)
                .add("amount", amount)
                .add("currency", currency)
                .add("status", status.wire())
                .add("customer", customer);
        time(b, "paid_at", paidAt);
        b.add("fee", fee).add("net_amount", netAmount()).add("metadata", metadata);
        nullable(b, "merchant_reference", merchantReference);
        b.add("provider", provider.wire()).add("customer_phone", phone);
        nullable(b, "failure_reason", failureReason);
        return b.build();
    }

    static void nullable(JsonObjectBuilder b, String key, String value) {
        if (value == null) {
            b.add(key, JsonValue.NULL);
        } else {
            b.add(key, value);
        }
    }

    static void time(JsonObjectBuilder b, String key, Instant value) {
        nullable(b, key, value == null ? null : Wire.isoSeconds(value));
    }
}
