package rw.paydesk.sandbox.rwandapay;

/** Rwanda Pay's amounts rules, in whole RWF. */
public final class RwandaPayFees {

    /** Collection limits of the docs' parameter table. */
    public static final long MIN_COLLECTION = 100;
    public static final long MAX_COLLECTION = 1_000_000;
    /** "Minimum withdrawal: 10,000 RWF." */
    public static final long MIN_WITHDRAWAL = 10_000;
    /** The sandbox charges nothing for a withdrawal (the docs name no fee). */
    public static final long WITHDRAWAL_FEE = 0;

    private RwandaPayFees() {
    }

    /** 3.5 % of the amount, rounded half up to whole RWF: the docs' 5000 → 175. */
    public static long collectionFee(long amount) {
        if (amount < 0) {
            throw new IllegalArgumentException("amount must not be negative");
        }
        return Math.addExact(Math.multiplyExact(amount, 35), 500) / 1000;
    }

    /** What the merchant is credited: amount − fee (the docs' 5000 → 4825). */
    public static long netAmount(long amount) {
        return amount - collectionFee(amount);
    }
}
