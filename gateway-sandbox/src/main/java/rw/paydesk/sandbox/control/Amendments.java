package rw.paydesk.sandbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import rw.paydesk.sandbox.api.ApiException;
import rw.paydesk.sandbox.api.Validator;
import rw.paydesk.sandbox.ledger.Ledger;
import rw.paydesk.sandbox.ledger.Txn;
import rw.paydesk.sandbox.payment.Collections;
import rw.paydesk.sandbox.payout.Payouts;
import rw.paydesk.sandbox.store.Db;

import java.math.BigDecimal;

/**
 * Changes the sandbox's own record of a transaction's amount and fee, as if the provider had
 * recorded other figures than the client asked for: the mismatch reconciliation must find. What
 * it does to balances depends on the direction and state; see {@link Collections#amend} and
 * {@link Payouts#amend}.
 */
@ApplicationScoped
public class Amendments {

    @Inject
    Db db;

    @Inject
    Ledger ledger;

    @Inject
    Collections collections;

    @Inject
    Payouts payouts;

    /** The transaction as stored after the change; a null amount or fee keeps that figure. */
    public Txn amend(String account, String reference, BigDecimal amount, BigDecimal fee) {
        return db.inTransaction(c -> {
            long id = ledger.findByReference(c, account, reference)
                    .orElseThrow(() -> ApiException.notFound("No transaction with reference " + reference + " for " + account))
                    .id();
            // Locked like every outcome does, so an amendment and a completion happen one after the other.
            Txn t = ledger.lock(c, id).orElseThrow();
            Validator v = new Validator();
            v.amountFitsCurrency("amount", amount, t.currency());
            v.amountFitsCurrency("fee", fee, t.currency());
            v.throwIfInvalid(null);
            BigDecimal newAmount = amount == null ? t.amount() : amount;
            BigDecimal newFee = fee == null ? t.fee() : fee;
            return t.isCollection() ? collections.amend(c, t, newAmount, newFee) : payouts.amend(c, t, newAmount, newFee);
        });
    }
}
