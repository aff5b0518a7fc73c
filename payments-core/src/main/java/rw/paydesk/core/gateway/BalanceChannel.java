package rw.paydesk.core.gateway;

import java.util.List;

/** The account's balances at the gateway, per currency. */
public interface BalanceChannel {

    List<GatewayBalance> balances();
}
