package rw.paydesk.portal.balances;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import rw.paydesk.core.balance.application.BalanceService;
import rw.paydesk.core.balance.application.BalanceService.AccountBalances;

import java.util.List;

/**
 * The balances page: a section per gateway account that reports balances, one row per currency,
 * as each gateway reports it now. An account that cannot be read says so in its own section.
 */
@Named
@RequestScoped
public class BalancesBean {

    @Inject
    BalanceService service;

    private List<AccountBalances> accounts;

    public List<AccountBalances> getAccounts() {
        if (accounts == null) {
            accounts = service.byAccount();
        }
        return accounts;
    }
}
