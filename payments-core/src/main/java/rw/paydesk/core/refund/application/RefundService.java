package rw.paydesk.core.refund.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import rw.paydesk.core.collection.application.ChargeQueries;
import rw.paydesk.core.collection.application.InputException;
import rw.paydesk.core.collection.domain.Charge;
import rw.paydesk.core.gateway.Capability;
import rw.paydesk.core.gateway.GatewayAccount;
import rw.paydesk.core.gateway.GatewayAccounts;
import rw.paydesk.core.identity.domain.Role;
import rw.paydesk.core.refund.domain.Refund;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Refunds, by an approver: money goes back out, so the person who took it in (a maker) does
 * not give it back alone. Only accounts whose gateway refunds (Rwanda Pay) offer it.
 */
@Stateless
public class RefundService {

    @Inject
    RefundRecords records;

    @Inject
    RefundSender sender;

    @Inject
    ChargeQueries charges;

    @Inject
    GatewayAccounts gateways;

    @Resource
    SessionContext session;

    /** Refunds {@code amount} of a successful charge; answers the refund's reference. */
    @RolesAllowed(Role.APPROVER_NAME)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String refund(String chargeReference, BigDecimal amount, String reason) {
        Charge charge = charges.byReference(chargeReference)
                .orElseThrow(() -> new InputException(Map.of("charge", "There is no collection " + chargeReference + ".")));
        if (!canRefund(charge)) {
            throw new InputException(Map.of("charge", gateways.nameOf(charge.gateway()) + " does not refund payments."));
        }
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        if (why != null && why.length() > 200) {
            throw new InputException(Map.of("reason", "The reason may have at most 200 characters."));
        }
        String reference = records.store(chargeReference, amount, why, session.getCallerPrincipal().getName());
        sender.send(reference);
        return reference;
    }

    /** Whether the charge's account refunds at all (whatever the charge's state). */
    @RolesAllowed({Role.MAKER_NAME, Role.APPROVER_NAME, Role.VIEWER_NAME})
    public boolean canRefund(Charge charge) {
        return gateways.isEnabled(charge.gateway())
                && gateways.find(charge.gateway()).map(a -> a.supports(Capability.REFUNDS)).orElse(false);
    }

    @RolesAllowed({Role.MAKER_NAME, Role.APPROVER_NAME, Role.VIEWER_NAME})
    public List<Refund> ofCharges(List<String> chargeReferences) {
        return records.ofCharges(chargeReferences);
    }

    /** The accounts that refund, for pages that explain where refunds are possible. */
    @RolesAllowed({Role.MAKER_NAME, Role.APPROVER_NAME, Role.VIEWER_NAME})
    public List<GatewayAccount> refundingAccounts() {
        return gateways.offering(Capability.REFUNDS);
    }
}
