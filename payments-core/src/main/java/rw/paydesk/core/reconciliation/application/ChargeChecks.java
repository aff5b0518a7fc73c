package rw.paydesk.core.reconciliation.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import rw.paydesk.core.collection.application.ChargeRecords;
import rw.paydesk.core.gateway.GatewayTransaction;
import rw.paydesk.core.gateway.GatewayAccounts;
import rw.paydesk.core.gateway.MobileMoneyChannel;

import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Asks the gateway about open charges (PENDING, UNKNOWN) whose check is due, and applies its
 * answer forward only. A charge the gateway does not know yet stays as it is and is asked
 * again later; nothing is ever sent again.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChargeChecks {

    private static final Logger LOG = Logger.getLogger(ChargeChecks.class.getName());

    @Inject
    ChargeRecords records;

    @Inject
    GatewayAccounts gateways;

    @Inject
    ReconciliationSettings settings;

    /** Open charges the gateway's list already shows final are checked in this turn, not at their back-off time. */
    public int bringForwardFinishedAtGateway(Instant now) {
        return records.bringForwardFinishedAtGateway(now);
    }

    /** Checks what is due; answers how many charges the gateway's answer moved. */
    public int checkDue(Instant now) {
        int moved = 0;
        for (ChargeRecords.OpenCharge open : records.openDueForCheck(now, now.minus(settings.delayAfter(0)), 500)) {
            String reference = open.reference();
            Optional<GatewayTransaction> known;
            try {
                known = gateways.existing(open.gateway(), MobileMoneyChannel.class)
                        .orElseThrow(() -> new IllegalStateException("gateway account '" + open.gateway() + "' is no longer configured"))
                        .chargeStatus(reference, open.gatewayReference());
            } catch (RuntimeException e) {
                LOG.info(() -> "status of charge " + reference + " unreadable, asked again next turn: " + e.getMessage());
                continue;
            }
            if (records.checked(reference, known.orElse(null), settings::delayAfter)) {
                moved++;
            }
        }
        return moved;
    }
}
