package rw.paydesk.sandbox.wallet;

import static rw.paydesk.sandbox.api.Jsons.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import rw.paydesk.sandbox.api.ApiException;
import rw.paydesk.sandbox.api.Validator;
import rw.paydesk.sandbox.api.Wire;
import rw.paydesk.sandbox.auth.Account;
import rw.paydesk.sandbox.ledger.Ledger;
import rw.paydesk.sandbox.ledger.Txn;
import rw.paydesk.sandbox.ledger.WalletBalance;
import rw.paydesk.sandbox.money.Currencies;
import rw.paydesk.sandbox.store.Db;

import java.util.List;

/** The wallet API: balance, balance_single, transaction_list and transaction_status. */
@ApplicationScoped
public class WalletQueries {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    @Inject
    Db db;

    @Inject
    Ledger ledger;

    public JsonObject answer(Account account, JsonObject body) {
        Validator v = new Validator();
        String action = v.required(body, "action");
        v.throwIfInvalid(null);
        return switch (action) {
            case "balance" -> balances(account);
            case "balance_single" -> single(account, body);
            case "transaction_list" -> list(account, body);
            case "transaction_status" -> status(account, body);
            default -> throw ApiException.invalid("action",
                    "must be one of balance, balance_single, transaction_list, transaction_status");
        };
    }

    private JsonObject balances(Account account) {
        JsonArrayBuilder wallets = JSON.createArrayBuilder();
        for (WalletBalance w : db.inTransaction(c -> ledger.wallets(c, account.number()))) {
            wallets.add(wallet(w));
        }
        return JSON.createObjectBuilder()
                .add("status", "success")
                .add("environment", "sandbox")
                .add("wallets", wallets)
                .build();
    }

    private JsonObject single(Account account, JsonObject body) {
        Validator v = new Validator();
        String currency = v.currency(body, "currency");
        v.throwIfInvalid(null);
        WalletBalance w = db.inTransaction(c -> ledger.wallets(c, account.number())).stream()
                .filter(x -> x.currency().equals(currency)).findFirst().orElse(WalletBalance.empty(currency));
        return JSON.createObjectBuilder().add("status", "success").add("wallet", wallet(w)).build();
    }

    private JsonObject list(Account account, JsonObject body) {
        Validator v = new Validator();
        int limit = integer(v, body, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        int offset = integer(v, body, "offset", 0, 0, Integer.MAX_VALUE);
        v.throwIfInvalid(null);
        List<Txn> page = db.inTransaction(c -> ledger.page(c, account.number(), limit, offset));
        long total = db.inTransaction(c -> ledger.count(c, account.number()));
        JsonArrayBuilder transactions = JSON.createArrayBuilder();
        page.forEach(t -> transactions.add(transaction(t)));
        return JSON.createObjectBuilder()
                .add("status", "success")
                .add("limit", limit)
                .add("offset", offset)
                .add("count", page.size())
                .add("total", total)
                .add("transactions", transactions)
                .build();
    }

    private JsonObject status(Account account, JsonObject body) {
        Validator v = new Validator();
        String reference = v.required(body, "reference");
        v.throwIfInvalid(null);
        Txn t = db.inTransaction(c -> ledger.findByReference(c, account.number(), reference))
                .orElseThrow(() -> ApiException.notFound("No transaction with reference " + reference));
        return JSON.createObjectBuilder().add("status", "success").add("transaction", transaction(t)).build();
    }

    /** Reads an optional non-negative integer: a JSON number or numeric string. */
    private static int integer(Validator v, JsonObject body, String key, int fallback, int min, int max) {
        JsonValue value = body.get(key);
        if (value == null || value == JsonValue.NULL) {
            return fallback;
        }
        try {
            int n = value instanceof JsonNumber number ? number.intValueExact()
                    : value instanceof JsonString s ? Integer.parseInt(s.getString().trim()) : Integer.MIN_VALUE;
            if (n >= min && n <= max) {
                return n;
            }
        } catch (ArithmeticException | NumberFormatException e) {
            // reported below
        }
        v.error(key, "must be an integer from " + min + " to " + max);
        return fallback;
    }

    static JsonObject wallet(WalletBalance w) {
        String c = w.currency();
        return JSON.createObjectBuilder()
                .add("currency", c)
                .add("balance", Currencies.round(w.balance(), c))
                .add("withdrawable_balance", Currencies.round(w.withdrawable(), c))
                .add("pending_balance", Currencies.round(w.pending(), c))
                .add("total_incoming", Currencies.round(w.totalIncoming(), c))
                .add("total_outgoing", Currencies.round(w.totalOutgoing(), c))
                .add("net_incoming", Currencies.round(w.netIncoming(), c))
                .add("net_outgoing", Currencies.round(w.netOutgoing(), c))
                .build();
    }

    /** One transaction as the wallet API shows it; ids are the numeric transaction ids. */
    public static JsonObject transaction(Txn t) {
        JsonObjectBuilder b = JSON.createObjectBuilder()
                .add("id", t.id())
                .add("direction", t.direction())
                .add("reference", t.reference())
                .add("transaction_id", t.isCollection() && "mobile_money".equals(t.method()) ? Long.toString(t.id()) : t.publicId())
                .add("payment_type", t.method())
                .add("currency", t.currency())
                .add("base_amount", Wire.amount(t.amount()))
                .add("charged_amount", Wire.amount(t.chargedAmount()))
                .add("total_fee", Wire.amount(t.fee()))
                .add("client_net_amount", Wire.amount(t.amount()))
                .add("status", t.status().wire());
        if (t.failureReason() != null) {
            b.add("reason", t.failureReason());
        }
        return b.add("created_at", Wire.walletTime(t.createdAt()))
                .add("updated_at", Wire.walletTime(t.updatedAt()))
                .build();
    }
}
