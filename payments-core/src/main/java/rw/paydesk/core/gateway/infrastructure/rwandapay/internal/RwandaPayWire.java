package rw.paydesk.core.gateway.infrastructure.rwandapay.internal;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import rw.paydesk.core.gateway.CheckoutChannel;
import rw.paydesk.core.gateway.GatewayBalance;
import rw.paydesk.core.gateway.GatewayCharge;
import rw.paydesk.core.gateway.GatewayLink;
import rw.paydesk.core.gateway.RefundChannel;
import rw.paydesk.core.gateway.WithdrawalChannel;
import rw.paydesk.core.gateway.GatewayTransaction;
import rw.paydesk.core.gateway.MobileMoneyCollection;

import java.math.BigDecimal;

import static rw.paydesk.core.gateway.infrastructure.dgs.internal.DgsWire.decimal;
import static rw.paydesk.core.gateway.infrastructure.dgs.internal.DgsWire.object;
import static rw.paydesk.core.gateway.infrastructure.dgs.internal.DgsWire.text;

/**
 * Rwanda Pay's JSON, both ways. Answers come as {@code {"status":"success","data":{…}}}; the
 * payment's own state is {@code data.status}. Our reference goes out as {@code reference}
 * and comes back as {@code merchant_reference}; the gateway's {@code PAY-…} reference is kept
 * as the transaction id.
 */
public final class RwandaPayWire {

    private RwandaPayWire() {
    }

    /** The collect request: Rwanda Pay wants the local form of the number, {@code 07…}. */
    public static JsonObject collect(MobileMoneyCollection r) {
        JsonObjectBuilder metadata = Json.createObjectBuilder();
        r.metadata().forEach(metadata::add);
        if (r.description() != null) {
            metadata.add("description", r.description());
        }
        metadata.add("customer_name", r.customer().value());
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("amount", amount(r.amount().amount()))
                .add("phone", "0" + r.phone().national())
                .add("provider", r.provider())
                .add("reference", r.reference().value())
                .add("metadata", metadata);
        if (r.callbackUrl() != null) {
            body.add("callback_url", r.callbackUrl());
        }
        return body.build();
    }

    /** The answer to a collect request. */
    public static GatewayCharge charge(JsonObject answer) {
        JsonObject data = data(answer);
        String status = text(data, "status");
        String url = text(data, "payment_url");
        return new GatewayCharge(status == null ? "pending" : status, null,
                "pending".equalsIgnoreCase(status) ? "Waiting for the customer to approve on their phone" : text(data, "message"),
                text(data, "reference"), decimal(data, "fee"),
                url == null ? "Approve the payment on your phone" : "Approve on your phone, or open " + url, null);
    }

    /** A payment as {@code GET /payments/{reference}} describes it. */
    public static GatewayTransaction payment(JsonObject answer, String ourReference) {
        JsonObject data = data(answer);
        String merchant = text(data, "merchant_reference");
        String currency = text(data, "currency");
        String reason = text(data, "failure_reason");
        return new GatewayTransaction(merchant == null ? ourReference : merchant, text(data, "reference"),
                text(data, "status"), decimal(data, "amount"), currency == null ? "RWF" : currency,
                decimal(data, "fee"), reason == null ? text(data, "message") : reason);
    }

    /** The {@code data} object of an answer, or the answer itself when it has none. */
    public static JsonObject data(JsonObject answer) {
        JsonObject data = object(answer, "data");
        return data == null ? answer : data;
    }

    /** A money amount as Rwanda Pay writes it: whole RWF as a JSON integer. */
    public static jakarta.json.JsonValue amount(BigDecimal amount) {
        BigDecimal plain = amount.stripTrailingZeros();
        return plain.scale() <= 0 ? Json.createValue(plain.longValueExact()) : Json.createValue(amount);
    }

    public static JsonObject refund(BigDecimal amount, String reason) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("amount", amount(amount));
        if (reason != null && !reason.isBlank()) {
            body.add("reason", reason);
        }
        return body.build();
    }

    public static RefundChannel.GatewayRefund refundAnswer(JsonObject answer) {
        JsonObject data = data(answer);
        String reference = text(data, "refund_reference");
        return new RefundChannel.GatewayRefund(reference == null ? text(data, "reference") : reference,
                text(data, "status"), decimal(data, "amount"), decimal(data, "refunded_total"));
    }

    public static JsonObject checkout(String reference, CheckoutChannel.CheckoutRequest r) {
        JsonObjectBuilder customer = Json.createObjectBuilder();
        if (r.customerName() != null) {
            customer.add("name", r.customerName());
        }
        if (r.customerEmail() != null) {
            customer.add("email", r.customerEmail());
        }
        if (r.customerPhone() != null) {
            customer.add("phone", r.customerPhone());
        }
        JsonObjectBuilder meta = Json.createObjectBuilder().add("source", "paydesk");
        if (r.description() != null) {
            meta.add("description", r.description());
        }
        return Json.createObjectBuilder()
                .add("amount", amount(r.amount().amount()))
                .add("currency", r.amount().currency().getCurrencyCode())
                .add("customer", customer)
                .add("tx_ref", reference)
                .add("redirect_url", r.redirectUrl())
                .add("webhook_url", r.webhookUrl())
                .add("meta", meta)
                .build();
    }

    public static GatewayLink checkoutAnswer(JsonObject answer, java.time.Instant fallbackExpiry) {
        JsonObject data = data(answer);
        String expires = text(data, "expires_at");
        java.time.Instant expiresAt = fallbackExpiry;
        if (expires != null) {
            try {
                expiresAt = java.time.OffsetDateTime.parse(expires).toInstant();
            } catch (java.time.format.DateTimeParseException unreadable) {
                expiresAt = fallbackExpiry;
            }
        }
        return new GatewayLink(text(data, "session_id"), text(data, "payment_url"), null, expiresAt);
    }

    /**
     * The withdrawal request; the PIN is written into the body of this one call and nowhere else.
     * Its outcome comes by webhook to {@code callbackUrl}: without one, Rwanda Pay sends none.
     */
    public static JsonObject withdrawal(BigDecimal amount, String phone, String provider, char[] pin, String callbackUrl) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("amount", amount(amount)).add("phone", phone)
                .add("provider", provider).add("pin", new String(pin));
        if (callbackUrl != null && !callbackUrl.isBlank()) {
            body.add("callback_url", callbackUrl);
        }
        return body.build();
    }

    public static WithdrawalChannel.GatewayWithdrawal withdrawalAnswer(JsonObject answer) {
        JsonObject data = data(answer);
        return new WithdrawalChannel.GatewayWithdrawal(text(data, "reference"), text(data, "status"),
                decimal(data, "amount"), decimal(data, "fee"));
    }

    public static GatewayBalance balance(JsonObject answer) {
        JsonObject data = data(answer);
        String currency = text(data, "currency");
        BigDecimal available = decimal(data, "available_balance");
        BigDecimal pending = decimal(data, "pending_balance");
        BigDecimal balance = decimal(data, "balance");
        return new GatewayBalance(currency == null ? "RWF" : currency,
                balance != null ? balance : (available == null ? BigDecimal.ZERO : available).add(pending == null ? BigDecimal.ZERO : pending),
                available, pending);
    }
}
