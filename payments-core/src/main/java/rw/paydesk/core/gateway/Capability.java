package rw.paydesk.core.gateway;

/** What a gateway account can do; pages offer a feature only where the chosen account has it. */
public enum Capability {
    MOBILE_MONEY("Mobile money collections"),
    CARDS("Card payments"),
    PAYMENT_LINKS("Payment links"),
    CHECKOUT_LINKS("Hosted checkout links"),
    PAYOUTS("Payouts to banks and wallets"),
    REFUNDS("Refunds"),
    WITHDRAWALS("Withdrawals to the merchant's wallet"),
    BALANCES("Balances"),
    TRANSACTION_LIST("Transaction list for the ledger");

    private final String label;

    Capability(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
