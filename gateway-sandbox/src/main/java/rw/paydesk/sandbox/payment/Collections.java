package rw.paydesk.sandbox.payment;

import static rw.paydesk.sandbox.api.Jsons.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import rw.paydesk.sandbox.api.Wire;
import rw.paydesk.sandbox.ledger.Ledger;
import rw.paydesk.sandbox.ledger.Txn;
import rw.paydesk.sandbox.ledger.TxnStatus;
import rw.paydesk.sandbox.ledger.WalletBalance;
import rw.paydesk.sandbox.webhook.Webhooks;

import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Ends a collection (mobile money or card): its final state, the credit to pending_balance and
 * the webhook, all in the caller's transaction.
 */
@ApplicationScoped
public class Collections {

    /**
     * The details key of a collection made through the charges API: its webhook names the charge's
     * dgs_reference too, the identifier that API answered with.
     */
    public static final String DGS_REFERENCE = "dgs_reference";

    @Inject
    Ledger ledger;

    @Inject
    Webhooks webhooks;

    @Inject
    @ConfigProperty(name = "sandbox.settlement.delay-seconds", defaultValue = "300")
    long settlementDelaySeconds;

    /**
     * Moves a pending collection to its final state. Returns false, changing nothing, when it was
     * already final (a late approval after a time-out, a second click).
     */
    public boolean finish(Connection c, Txn t, TxnStatus status, String reason) throws SQLException {
        Instant settleAt = status == TxnStatus.SUCCESSFUL ? Instant.now().plusSeconds(settlementDelaySeconds) : null;
        if (!ledger.finish(c, t.id(), status, reason, settleAt)) {
            return false;
        }
        if (status == TxnStatus.SUCCESSFUL) {
            WalletBalance wallet = ledger.lockWallet(c, t.accountNumber(), t.currency());
            ledger.saveWallet(c, t.accountNumber(), wallet.collected(t.chargedAmount(), t.amount()));
        }
        Txn done = ledger.findById(c, t.id()).orElseThrow();
        if (done.callbackUrl() != null) {
            webhooks.enqueue(c, t.accountNumber(), t.id(), eventOf(status), done.callbackUrl(), webhook(done));
        }
        return true;
    }

    /**
     * Stores other figures for a collection, as if the provider had recorded them. Nothing has
     * been credited to a pending or failed one, so nothing moves now; a pending one is credited
     * the new figures if it succeeds. A successful one keeps what it was credited, and settlement
     * still moves that: balances are not re-adjusted after the fact.
     */
    public Txn amend(Connection c, Txn t, BigDecimal amount, BigDecimal fee) throws SQLException {
        BigDecimal credited = t.status() == TxnStatus.SUCCESSFUL ? t.settlementAmount() : null;
        ledger.amend(c, t.id(), amount, fee, credited, t.details());
        return ledger.findById(c, t.id()).orElseThrow();
    }

    static String eventOf(TxnStatus status) {
        return status == TxnStatus.SUCCESSFUL ? "transaction.completed" : "transaction.failed";
    }

    /** The collection webhook; the docs show none, so it mirrors the payout webhook's shape. */
    public static JsonObject webhook(Txn t) {
        JsonObject details = details(t);
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("event", eventOf(t.status()))
                .add("status", t.status().wire())
                .add("direction", Txn.COLLECTION)
                .add("payment_type", t.method())
                .add("reference", t.reference())
                .add("tx_ref", t.txRef());
        if ("mobile_money".equals(t.method())) {
            body.add("transaction_id", t.id());
        } else {
            body.add("transaction_id", t.publicId());
        }
        body.add("amount", Wire.amount(t.amount()))
                .add("currency", t.currency())
                .add("fee", Wire.amount(t.fee()))
                .add("charged_amount", Wire.amount(t.chargedAmount()))
                .add("net_amount", Wire.amount(t.amount()));
        if (t.provider() != null) {
            body.add("network", t.provider());
        }
        if (details.get(DGS_REFERENCE) instanceof JsonString dgsReference) {
            body.add(DGS_REFERENCE, dgsReference);
        }
        body.add("customer", Wire.objectOrEmpty(details, "customer"))
                .add("metadata", Wire.objectOrEmpty(details, "metadata"));
        if (t.failureReason() != null) {
            body.add("reason", t.failureReason());
        }
        return body.add("created_at", Wire.iso(t.createdAt()))
                .add("updated_at", Wire.iso(t.updatedAt()))
                .build();
    }

    public static JsonObject details(Txn t) {
        if (t.details() == null) {
            return JsonObject.EMPTY_JSON_OBJECT;
        }
        return JSON.createReader(new StringReader(t.details())).readObject();
    }
}
