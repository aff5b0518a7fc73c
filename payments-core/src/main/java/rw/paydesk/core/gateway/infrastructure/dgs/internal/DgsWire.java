package rw.paydesk.core.gateway.infrastructure.dgs.internal;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import rw.paydesk.core.gateway.Bank;
import rw.paydesk.core.gateway.CardCollection;
import rw.paydesk.core.gateway.CardStep;
import rw.paydesk.core.gateway.GatewayBalance;
import rw.paydesk.core.gateway.GatewayCharge;
import rw.paydesk.core.gateway.FxQuote;
import rw.paydesk.core.gateway.GatewayLink;
import rw.paydesk.core.gateway.GatewayPayout;
import rw.paydesk.core.gateway.GatewayTransaction;
import rw.paydesk.core.gateway.ListedTransaction;
import rw.paydesk.core.gateway.TransactionPage;
import rw.paydesk.core.gateway.LinkRequest;
import rw.paydesk.core.gateway.MobileMoneyCollection;
import rw.paydesk.core.gateway.Payee;
import rw.paydesk.core.gateway.PayoutInstruction;
import rw.paydesk.core.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Translation between the gateway's JSON and PayDesk's types. Tolerant on the way in: the
 * docs write ids as numbers in one place and strings in another, and amounts as numbers or
 * strings, so every field is read as whatever it turns out to be.
 */
public final class DgsWire {

    private DgsWire() {
    }

    public static JsonObject mobileMoney(MobileMoneyCollection r) {
        JsonObjectBuilder payInfo = Json.createObjectBuilder()
                .add("amount", r.amount().amount())
                .add("currency", r.amount().currency().getCurrencyCode())
                .add("api_code", "PAYIN_MOBILE")
                .add("reference", r.reference().value())
                .add("callback_url", r.callbackUrl());
        if (r.description() != null && !r.description().isBlank()) {
            payInfo.add("description", r.description());
        }
        JsonObjectBuilder from = Json.createObjectBuilder()
                .add("payment_type", "mobile_money")
                .add("provider", r.provider())
                .add("name", r.customer().value())
                .add("email", r.email())
                .add("phone", r.phone().national())
                .add("country_code", r.phone().country().dialCode());
        return Json.createObjectBuilder()
                .add("pay_info", payInfo)
                .add("from", from)
                .add("metadata", metadata(r.metadata()))
                .build();
    }

    public static JsonObject card(CardCollection r) {
        JsonObjectBuilder payInfo = Json.createObjectBuilder()
                .add("amount", r.amount().amount())
                .add("currency", r.amount().currency().getCurrencyCode())
                .add("api_code", "RWF".equals(r.amount().currency().getCurrencyCode()) ? "PAYIN_CARD_LOCAL" : "PAYIN_CARD_INTL")
                .add("reference", r.reference().value())
                .add("callback_url", r.callbackUrl());
        if (r.description() != null && !r.description().isBlank()) {
            payInfo.add("description", r.description());
        }
        JsonObjectBuilder from = Json.createObjectBuilder()
                .add("payment_type", "card")
                .add("provider", r.brand())
                .add("name", r.customer().value())
                .add("email", r.email())
                .add("phone", r.phone().national())
                .add("country_code", r.phone().country().dialCode())
                .add("encrypted_card_data", r.encryptedCardData());
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("pay_info", payInfo)
                .add("from", from)
                .add("metadata", metadata(r.metadata()));
        if (r.simulation() != null && !r.simulation().isEmpty()) {
            body.add("simulation", metadata(r.simulation()));
        }
        return body.build();
    }

    public static JsonObject authorization(String chargeId, CardStep step) {
        return Json.createObjectBuilder()
                .add("charge_id", chargeId)
                .add("method", step.method())
                .add("fields", metadata(step.fields()))
                .build();
    }

    public static JsonObject link(LinkRequest r) {
        JsonArrayBuilder methods = Json.createArrayBuilder();
        r.methods().stream().sorted().forEach(methods::add);
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("amount", r.amount().amount())
                .add("currency", r.amount().currency().getCurrencyCode())
                .add("payment_methods", methods)
                .add("metadata", metadata(r.metadata()))
                // not in the docs' table, but the sandbox (and a careful gateway) reports link payments here
                .add("callback_url", r.callbackUrl());
        if (r.description() != null && !r.description().isBlank()) {
            body.add("description", r.description());
        }
        return body.build();
    }

    /** {@code init_payout}: the docs' bank and mobile-money examples. */
    public static JsonObject payout(PayoutInstruction r) {
        boolean bank = r.payee().kind() == Payee.Kind.BANK;
        JsonObjectBuilder payInfo = Json.createObjectBuilder()
                .add("api_code", bank ? "PAYOUT_BANK" : "PAYOUT_MOBILE_MONEY")
                .add("amount", r.amount().amount())
                .add("source_currency", r.amount().currency().getCurrencyCode())
                .add("destination_currency", r.destinationCurrency().getCurrencyCode())
                .add("callback_url", r.callbackUrl())
                .add("reference", r.reference().value());
        if (r.description() != null && !r.description().isBlank()) {
            payInfo.add("description", r.description());
        }
        if (r.rateId() != null) {
            payInfo.add("rate_id", r.rateId());
        }
        Payee p = r.payee();
        JsonObjectBuilder to = Json.createObjectBuilder();
        if (bank) {
            to.add("bank", Json.createObjectBuilder()
                    .add("account_number", p.accountNumber())
                    .add("bank_code_name", p.bankCodeName())
                    .add("first_name", p.firstName())
                    .add("last_name", p.lastName())
                    .add("email", p.email() == null ? "" : p.email()));
        } else {
            to.add("mobile_money", Json.createObjectBuilder()
                    // the docs' form, 250788123456: digits only, with the country code and without "+"
                    .add("phone_number", p.phone().country().dialCode() + p.phone().national())
                    .add("provider", p.provider())
                    .add("country", p.phone().country().name())
                    .add("first_name", p.firstName())
                    .add("last_name", p.lastName())
                    .add("email", p.email() == null ? "" : p.email()));
        }
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("pay_info", payInfo)
                .add("to", to)
                .add("type", bank ? "bank" : "mobile_money")
                .add("action", "instant");
        if (r.simulationContext() != null && !r.simulationContext().isBlank()) {
            body.add("simulation", Json.createObjectBuilder().add("context", r.simulationContext()));
        }
        return body.build();
    }

    public static GatewayPayout payoutAnswer(JsonObject json) {
        return new GatewayPayout(text(json, "status"), text(json, "code"), text(json, "message"),
                firstText(json, "transaction_id", "tx_ref"), firstText(json, "transfer_id"), decimal(json, "fee"));
    }

    public static JsonObject fxRequest(Money amount, java.util.Currency destination) {
        return Json.createObjectBuilder()
                .add("source_currency", amount.currency().getCurrencyCode())
                .add("destination_currency", destination.getCurrencyCode())
                .add("amount", amount.amount())
                .build();
    }

    public static FxQuote fxQuote(JsonObject json) {
        JsonObject source = object(json, "source");
        JsonObject destination = object(json, "destination");
        if (source == null || destination == null || text(json, "rate_id") == null || decimal(json, "rate") == null) {
            throw new IllegalArgumentException("the gateway's FX answer lacks rate_id, rate, source or destination");
        }
        java.util.Currency to = Money.currency(text(destination, "currency"));
        BigDecimal converted = decimal(destination, "amount").setScale(Money.minorDigits(to), java.math.RoundingMode.HALF_UP);
        return new FxQuote(text(json, "rate_id"), decimal(json, "rate"),
                Money.of(decimal(source, "amount"), Money.currency(text(source, "currency"))),
                Money.of(converted, to), instant(text(json, "created_at")));
    }

    public static List<Bank> banks(JsonObject json) {
        JsonValue data = json.containsKey("banks") ? json.get("banks") : json.get("data");
        if (data == null || data.getValueType() != JsonValue.ValueType.ARRAY) {
            return List.of();
        }
        return data.asJsonArray().stream().filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT)
                .map(JsonValue::asJsonObject)
                .filter(b -> text(b, "bank_code_name") != null)
                .map(b -> new Bank(text(b, "bank_code_name"), text(b, "bank_code"),
                        firstText(b, "name", "bank_name", "bank_code_name")))
                .toList();
    }

    public static GatewayCharge charge(JsonObject json) {
        JsonObject next = object(json, "next_action");
        String instruction = next == null ? null : firstText(next, "note", "message", "type");
        return new GatewayCharge(text(json, "status"), firstText(json, "code", "processor_code"), text(json, "message"),
                firstText(json, "charge_id", "transaction_id", "tx_ref"), decimal(json, "fee"), instruction, step(next));
    }

    /** The card step a {@code next_action} asks for; mobile money's payment instruction is none. */
    private static GatewayCharge.NextStep step(JsonObject next) {
        if (next == null) {
            return null;
        }
        String type = text(next, "type") == null ? "" : text(next, "type").toLowerCase(java.util.Locale.ROOT);
        String redirect = text(next, "redirect_url");
        if (redirect != null && !redirect.isBlank() || type.contains("redirect") || type.contains("3ds")) {
            return new GatewayCharge.NextStep(GatewayCharge.NextStep.Kind.REDIRECT, redirect);
        }
        if (type.contains("pin") || next.containsKey("requires_pin")) {
            return new GatewayCharge.NextStep(GatewayCharge.NextStep.Kind.PIN, null);
        }
        if (type.contains("otp") || next.containsKey("requires_otp")) {
            return new GatewayCharge.NextStep(GatewayCharge.NextStep.Kind.OTP, null);
        }
        if (type.contains("avs") || next.containsKey("requires_avs")) {
            return new GatewayCharge.NextStep(GatewayCharge.NextStep.Kind.AVS, null);
        }
        return null;
    }

    public static GatewayLink createdLink(JsonObject json) {
        return new GatewayLink(text(json, "token"), text(json, "payment_link"), text(json, "qr_code_url"),
                instant(text(json, "expires_at")));
    }

    public static GatewayTransaction transaction(JsonObject json) {
        JsonObject t = object(json, "transaction") != null ? object(json, "transaction")
                : object(json, "data") != null ? object(json, "data") : json;
        return new GatewayTransaction(text(t, "reference"), firstText(t, "transaction_id", "tx_ref", "id"),
                text(t, "status"), firstDecimal(t, "base_amount", "amount"), text(t, "currency"),
                firstDecimal(t, "total_fee", "fee"), firstText(t, "reason", "message"));
    }

    /**
     * {@code transaction_list}: {@code transactions[]} (or {@code data[]}), every row as it
     * comes (the ledger skips rows without a reference, but they count for paging). Times are the
     * wallet API's {@code 2025-01-10 14:21:10}, read as UTC (the docs name no zone), or ISO-8601.
     */
    public static TransactionPage transactionPage(JsonObject json, int limit, int offset) {
        JsonValue data = json.containsKey("transactions") ? json.get("transactions") : json.get("data");
        List<ListedTransaction> rows = data == null || data.getValueType() != JsonValue.ValueType.ARRAY ? List.of()
                : data.asJsonArray().stream().filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT)
                .map(JsonValue::asJsonObject)
                .map(DgsWire::listed)
                .toList();
        BigDecimal total = decimal(json, "total");
        BigDecimal pageLimit = decimal(json, "limit");
        // a gateway that caps the page size below what was asked says so in "limit"
        int effectiveLimit = pageLimit != null && pageLimit.intValue() > 0 ? Math.min(limit, pageLimit.intValue()) : limit;
        return new TransactionPage(rows, effectiveLimit, offset, total == null ? null : total.longValue());
    }

    static ListedTransaction listed(JsonObject t) {
        BigDecimal id = decimal(t, "id");
        Long sequence = null;
        if (id != null) {
            try {
                sequence = id.longValueExact();
            } catch (ArithmeticException notWhole) {
                sequence = null;
            }
        }
        return new ListedTransaction(sequence, text(t, "direction"),
                text(t, "reference") == null ? null : text(t, "reference").trim(),
                firstText(t, "transaction_id", "transfer_id", "tx_ref"), firstText(t, "payment_type", "method", "payout_type"),
                text(t, "status"), firstDecimal(t, "base_amount", "amount"), firstDecimal(t, "total_fee", "fee"),
                text(t, "currency"), firstText(t, "reason", "message"),
                walletTime(text(t, "created_at")), walletTime(text(t, "updated_at")));
    }

    /** {@code 2025-01-10 14:21:10} (the docs' wallet times, taken as UTC) or ISO-8601. */
    static Instant walletTime(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            return java.time.LocalDateTime.parse(v.replace(' ', 'T')).toInstant(java.time.ZoneOffset.UTC);
        } catch (RuntimeException notLocal) {
            return instant(v);
        }
    }

    public static List<GatewayBalance> balances(JsonObject json) {
        JsonValue data = json.containsKey("wallets") ? json.get("wallets") : json.get("data");
        if (data == null || data.getValueType() != JsonValue.ValueType.ARRAY) {
            return List.of();
        }
        return data.asJsonArray().stream().filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT)
                .map(JsonValue::asJsonObject)
                .map(b -> new GatewayBalance(text(b, "currency"), decimal(b, "balance"),
                        decimal(b, "withdrawable_balance"), decimal(b, "pending_balance")))
                .toList();
    }

    /** The field errors of a refusal: {@code {"errors": {"field": "message"}}}. */
    public static Map<String, String> errors(JsonObject json) {
        Map<String, String> errors = new LinkedHashMap<>();
        JsonObject e = object(json, "errors");
        if (e != null) {
            e.forEach((field, value) -> errors.put(field, value.getValueType() == JsonValue.ValueType.STRING
                    ? ((JsonString) value).getString() : value.toString()));
        }
        return errors;
    }

    private static JsonObjectBuilder metadata(Map<String, String> metadata) {
        JsonObjectBuilder m = Json.createObjectBuilder();
        if (metadata != null) {
            metadata.forEach((k, v) -> {
                if (v != null && !v.isBlank()) {
                    m.add(k, v);
                }
            });
        }
        return m;
    }

    public static JsonObject object(JsonObject json, String key) {
        JsonValue v = json == null ? null : json.get(key);
        return v != null && v.getValueType() == JsonValue.ValueType.OBJECT ? v.asJsonObject() : null;
    }

    public static String text(JsonObject json, String key) {
        JsonValue v = json == null ? null : json.get(key);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        return v instanceof JsonString s ? s.getString() : v.toString();
    }

    private static String firstText(JsonObject json, String... keys) {
        for (String key : keys) {
            String value = text(json, key);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    public static BigDecimal decimal(JsonObject json, String key) {
        JsonValue v = json == null ? null : json.get(key);
        if (v instanceof JsonNumber n) {
            return n.bigDecimalValue();
        }
        if (v instanceof JsonString s) {
            try {
                return new BigDecimal(s.getString().trim());
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
        return null;
    }

    private static BigDecimal firstDecimal(JsonObject json, String... keys) {
        for (String key : keys) {
            BigDecimal value = decimal(json, key);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (RuntimeException notIso) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(value.trim()));
            } catch (NumberFormatException notEpoch) {
                return null;
            }
        }
    }
}
