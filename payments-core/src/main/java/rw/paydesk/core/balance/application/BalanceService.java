package rw.paydesk.core.balance.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import rw.paydesk.core.gateway.BalanceChannel;
import rw.paydesk.core.gateway.Capability;
import rw.paydesk.core.gateway.GatewayAccount;
import rw.paydesk.core.gateway.GatewayAccounts;
import rw.paydesk.core.gateway.GatewayBalance;
import rw.paydesk.core.gateway.GatewayOutcomeUnknownException;
import rw.paydesk.core.gateway.GatewayRejectedException;
import rw.paydesk.core.gateway.GatewayUnavailableException;
import rw.paydesk.core.gateway.PaymentGateway;
import rw.paydesk.core.identity.domain.Role;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The merchant's balances at the gateways, per currency, Rwandan francs first. */
@Stateless
@RolesAllowed({Role.MAKER_NAME, Role.APPROVER_NAME, Role.VIEWER_NAME})
public class BalanceService {

    private static final Logger LOG = Logger.getLogger(BalanceService.class.getName());
    private static final Comparator<GatewayBalance> RWF_FIRST = Comparator
            .comparing((GatewayBalance b) -> !"RWF".equals(b.currency())).thenComparing(GatewayBalance::currency);

    @Inject
    PaymentGateway gateway;

    @Inject
    GatewayAccounts accounts;

    /** The DGS-Pay API v2 account's balances (the dashboard's wallet). */
    public List<GatewayBalance> balances() {
        return gateway.balances().stream().sorted(RWF_FIRST).toList();
    }

    /**
     * The balances of every switched-on account that reports them, one entry per account. An
     * account whose gateway fails says why in its own entry; the others are still read.
     */
    public List<AccountBalances> byAccount() {
        List<AccountBalances> result = new ArrayList<>();
        for (GatewayAccount account : accounts.offering(Capability.BALANCES)) {
            result.add(read(account));
        }
        return result;
    }

    private AccountBalances read(GatewayAccount account) {
        try {
            List<GatewayBalance> balances = accounts.channel(account.id(), BalanceChannel.class).balances().stream()
                    .sorted(RWF_FIRST).toList();
            return new AccountBalances(account.id(), account.name(), balances, null);
        } catch (GatewayUnavailableException e) {
            return unreadable(account, "the gateway could not be reached");
        } catch (GatewayOutcomeUnknownException e) {
            return unreadable(account, "the gateway did not answer in time, or answered with an error");
        } catch (GatewayRejectedException e) {
            return unreadable(account, "the gateway refused: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "balances of gateway account " + account.id(), e);
            return unreadable(account, "an unexpected error");
        }
    }

    private static AccountBalances unreadable(GatewayAccount account, String why) {
        return new AccountBalances(account.id(), account.name(), List.of(),
                account.name() + " did not give its balances just now (" + why + "). Try again in a moment.");
    }

    /**
     * One account's balances.
     *
     * @param account  its id ({@code dgs}, {@code rwandapay}…)
     * @param name     what people call it
     * @param balances per currency, RWF first; empty when unreadable
     * @param problem  why they could not be read, or null
     */
    public record AccountBalances(String account, String name, List<GatewayBalance> balances, String problem) {
    }
}
