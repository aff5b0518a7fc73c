package rw.paydesk.sandbox.ledger;

/** The life of a collection or payout: it only ever moves forward, from pending to a final state. */
public enum TxnStatus {
    PENDING("pending"),
    SUCCESSFUL("successful"),
    FAILED("failed");

    private final String wire;

    TxnStatus(String wire) {
        this.wire = wire;
    }

    /** The word the wallet API uses: pending, successful, failed. */
    public String wire() {
        return wire;
    }

    public boolean isFinal() {
        return this != PENDING;
    }

    public boolean canMoveTo(TxnStatus next) {
        return this == PENDING && next.isFinal();
    }
}
