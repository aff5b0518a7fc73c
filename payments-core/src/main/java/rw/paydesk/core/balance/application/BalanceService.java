package rw.paydesk.core.balance.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import rw.paydesk.core.gateway.GatewayBalance;
import rw.paydesk.core.gateway.PaymentGateway;
import rw.paydesk.core.identity.domain.Role;

import java.util.Comparator;
import java.util.List;

/** The merchant's balances at the gateway, per currency, Rwandan francs first. */
@Stateless
@RolesAllowed({Role.MAKER_NAME, Role.APPROVER_NAME, Role.VIEWER_NAME})
public class BalanceService {

    @Inject
    PaymentGateway gateway;

    public List<GatewayBalance> balances() {
        return gateway.balances().stream()
                .sorted(Comparator.comparing((GatewayBalance b) -> !"RWF".equals(b.currency()))
                        .thenComparing(GatewayBalance::currency))
                .toList();
    }
}
