package rw.paydesk.portal.balances;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import rw.paydesk.core.balance.application.BalanceService;
import rw.paydesk.core.gateway.GatewayBalance;
import rw.paydesk.core.gateway.GatewayOutcomeUnknownException;
import rw.paydesk.core.gateway.GatewayRejectedException;
import rw.paydesk.core.gateway.GatewayUnavailableException;

import java.util.List;

/** The balances page: one row per currency, as the gateway reports it now. */
@Named
@RequestScoped
public class BalancesBean {

    @Inject
    BalanceService service;

    private List<GatewayBalance> balances;
    private String problem;

    public List<GatewayBalance> getBalances() {
        if (balances == null && problem == null) {
            try {
                balances = service.balances();
            } catch (GatewayUnavailableException | GatewayOutcomeUnknownException | GatewayRejectedException e) {
                problem = "The gateway did not give the balances just now (" + e.getMessage() + "). Try again in a moment.";
                balances = List.of();
            }
        }
        return balances;
    }

    public String getProblem() {
        getBalances();
        return problem;
    }
}
