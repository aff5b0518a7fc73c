package rw.paydesk.sandbox.ledger;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One collection or payout as stored.
 *
 * @param direction   "collection" or "disbursement", the wallet API's words
 * @param method      "mobile_money", "card" or "bank"
 * @param publicId    the id clients see: a number for mobile money, chg_… for cards, trf_… for payouts
 * @param amount      the base amount, in {@code currency}
 * @param fee         collections: paid by the customer on top; payouts: debited on top
 * @param step        where a pending transaction waits (awaiting_customer, requires_pin, NEW, …)
 * @param outcome     the simulated outcome decided at creation, applied when the transaction is due
 * @param msisdn      the customer's or beneficiary's phone number with country code
 * @param details     the request's other fields as a JSON object (customer, beneficiary, metadata)
 * @param dueAt       when the clock should next act on it (a simulated outcome, a time-out, a payout)
 * @param credited    what a successful collection put in pending_balance, kept when the control API
 *                    amends {@code amount} afterwards; null while it is {@code amount}
 */
public record Txn(long id, String accountNumber, String direction, String method, String publicId, String reference,
                  String txRef, String currency, BigDecimal amount, BigDecimal fee, TxnStatus status, String step,
                  String outcome, String failureReason, String msisdn, String provider, String callbackUrl,
                  String details, Instant dueAt, Instant settleAt, boolean settled, BigDecimal credited,
                  Instant createdAt, Instant updatedAt) {

    public static final String COLLECTION = "collection";
    public static final String DISBURSEMENT = "disbursement";

    public boolean isCollection() {
        return COLLECTION.equals(direction);
    }

    /** What the customer pays for a collection; what leaves the wallet for a payout. */
    public BigDecimal chargedAmount() {
        return amount.add(fee);
    }

    /** What settlement moves to withdrawable: what the collection was credited, not a later amendment. */
    public BigDecimal settlementAmount() {
        return credited != null ? credited : amount;
    }
}
