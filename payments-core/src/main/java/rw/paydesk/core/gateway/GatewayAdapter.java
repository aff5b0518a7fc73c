package rw.paydesk.core.gateway;

/**
 * An adapter of one gateway API, serving one configured account. The features it offers are
 * the interfaces it implements ({@link MobileMoneyChannel}, {@link RefundChannel}…), which
 * {@link GatewayAccounts} hands out by account.
 */
public interface GatewayAdapter {

    /** The account it serves, as configured. */
    GatewayAccount account();

    /** Whether the account is switched on in configuration. */
    boolean enabled();
}
