package rw.paydesk.sandbox.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import rw.paydesk.sandbox.store.ClockTask;
import rw.paydesk.sandbox.store.Db;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Moves collected funds from pending_balance to withdrawable_balance once the settlement delay has passed. */
@ApplicationScoped
public class Settlement implements ClockTask {

    @Inject
    Db db;

    @Inject
    Ledger ledger;

    @Override
    public void tick(Instant now) {
        List<Long> due = db.inTransaction(c -> ledger.dueForSettlement(c, now, 100));
        db.eachInOwnTransaction(due, (c, id) -> {
            Optional<Txn> t = ledger.lock(c, id);
            if (t.isEmpty() || t.get().settled() || t.get().status() != TxnStatus.SUCCESSFUL) {
                return false;
            }
            WalletBalance wallet = ledger.lockWallet(c, t.get().accountNumber(), t.get().currency());
            ledger.saveWallet(c, t.get().accountNumber(), wallet.settled(t.get().settlementAmount()));
            ledger.markSettled(c, id);
            return true;
        });
    }

    /** Makes every collection settle at the next tick (control API and operator page). */
    public int settleAllNow() {
        return db.inTransaction(ledger::settleAllNow);
    }

    /** Adds funds to an account's withdrawable balance, to fund payouts in the sandbox. */
    public WalletBalance topUp(String account, String currency, java.math.BigDecimal amount) {
        return db.inTransaction(c -> {
            WalletBalance topped = ledger.lockWallet(c, account, currency).toppedUp(amount);
            ledger.saveWallet(c, account, topped);
            return topped;
        });
    }

    public List<WalletBalance> wallets(String account) {
        return db.inTransaction(c -> ledger.wallets(c, account));
    }
}
