package rw.paydesk.sandbox.link;

import static rw.paydesk.sandbox.api.Jsons.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import rw.paydesk.sandbox.api.ApiException;
import rw.paydesk.sandbox.api.RandomIds;
import rw.paydesk.sandbox.api.Validator;
import rw.paydesk.sandbox.api.Wire;
import rw.paydesk.sandbox.auth.Account;
import rw.paydesk.sandbox.ledger.Ledger;
import rw.paydesk.sandbox.ledger.Txn;
import rw.paydesk.sandbox.store.Db;
import rw.paydesk.sandbox.store.Rows;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Creates and finds payment links. */
@ApplicationScoped
public class Links {

    /** The documented methods ("Array of allowed payment methods: CARD, MOMO"). */
    public static final List<String> METHODS = List.of("CARD", "MOMO");


    @Inject
    Db db;

    @Inject
    Ledger ledger;

    @Inject
    @ConfigProperty(name = "sandbox.public-base-url", defaultValue = "http://localhost:8080/sandbox")
    String publicBaseUrl;

    @Inject
    @ConfigProperty(name = "sandbox.link.lifetime-hours", defaultValue = "24")
    long lifetimeHours;

    public JsonObject create(Account account, JsonObject body) {
        Map<String, String> errors = new LinkedHashMap<>();
        Validator v = new Validator();
        BigDecimal amount = v.amount(body, "amount");
        String currency = v.currency(body, "currency");
        v.amountFitsCurrency("amount", amount, currency);
        String description = v.optional(body, "description", 500);
        List<String> methods = methods(body.get("payment_methods"));
        if (methods.isEmpty()) {
            errors.put("payment_methods", "Must include at least one valid payment method: CARD, MOMO");
        }
        JsonValue metadata = body.get("metadata");
        if (metadata != null && metadata != JsonValue.NULL && !(metadata instanceof JsonObject)) {
            v.error("metadata", "must be an object");
        }
        // Not in the docs' parameter table: accepted so a link's payment can report to its own URL.
        String callbackUrl = Validator.text(body, "callback_url");
        if (callbackUrl != null) {
            String problem = Validator.callbackUrlProblem(callbackUrl);
            if (problem != null) {
                v.error("callback_url", problem);
            }
        } else {
            callbackUrl = account.webhookUrl().orElse(null);
        }
        errors.putAll(v.errors());
        if (!errors.isEmpty()) {
            JsonObjectBuilder fields = JSON.createObjectBuilder();
            errors.forEach(fields::add);
            throw new ApiException(400, JSON.createObjectBuilder()
                    .add("status", "error")
                    .add("message", "Invalid payment method or missing parameter")
                    .add("code", "10400")
                    .add("errors", fields)
                    .build());
        }
        String token = RandomIds.random(RandomIds.LOWER_ALPHANUMERIC, 40);
        Instant now = Instant.now();
        Instant expiresAt = now.plus(Duration.ofHours(lifetimeHours));
        String url = callbackUrl;
        db.inTransaction(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO payment_link (token, account_number, amount, "
                    + "currency, methods, description, metadata, callback_url, expires_at, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                return Rows.bind(insert, token, account.number(), amount, currency, String.join(",", methods), description,
                        metadata instanceof JsonObject m ? m.toString() : "{}", url, expiresAt, now).executeUpdate();
            }
        });
        return JSON.createObjectBuilder()
                .add("status", "success")
                .add("message", "Payment link created")
                .add("token", token)
                .add("payment_link", linkUrl(token))
                .add("qr_code_url", publicBaseUrl + "/pay/qr/" + token + ".png")
                .add("expires_at", Wire.isoSeconds(expiresAt))
                .build();
    }

    /** The valid methods among those asked for, upper-cased; unknown ones are left out. */
    static List<String> methods(JsonValue value) {
        List<String> valid = new ArrayList<>();
        if (value instanceof JsonArray array) {
            for (JsonValue item : array) {
                if (item instanceof JsonString s) {
                    String m = s.getString().trim().toUpperCase(Locale.ROOT);
                    if (METHODS.contains(m) && !valid.contains(m)) {
                        valid.add(m);
                    }
                }
            }
        }
        return valid;
    }

    public String linkUrl(String token) {
        return publicBaseUrl + "/pay/" + token;
    }

    public Optional<PaymentLink> find(String token) {
        return db.inTransaction(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT token, account_number, amount, currency, methods, "
                    + "description, metadata, callback_url, expires_at, created_at, txn_id FROM payment_link WHERE token = ?")) {
                try (ResultSet rs = Rows.bind(select, token).executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    long txn = rs.getLong(11);
                    Long txnId = rs.wasNull() ? null : txn;
                    return Optional.of(new PaymentLink(rs.getString(1), rs.getString(2), rs.getBigDecimal(3),
                            rs.getString(4).trim(), Arrays.asList(rs.getString(5).split(",")), rs.getString(6),
                            rs.getString(7), rs.getString(8), Rows.instant(rs.getTimestamp(9)),
                            Rows.instant(rs.getTimestamp(10)), txnId));
                }
            }
        });
    }

    /** The latest payment attempt made through the link. */
    public Optional<Txn> attempt(PaymentLink link) {
        return link.txnId() == null ? Optional.empty() : db.inTransaction(c -> ledger.findById(c, link.txnId()));
    }

    public void attach(String token, long txnId) {
        db.inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE payment_link SET txn_id = ? WHERE token = ?")) {
                return Rows.bind(update, txnId, token).executeUpdate();
            }
        });
    }

}
