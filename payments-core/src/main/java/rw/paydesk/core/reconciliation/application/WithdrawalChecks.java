package rw.paydesk.core.reconciliation.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import rw.paydesk.core.gateway.GatewayAccounts;
import rw.paydesk.core.gateway.WithdrawalChannel;
import rw.paydesk.core.gateway.WithdrawalChannel.GatewayWithdrawal;
import rw.paydesk.core.withdrawal.application.WithdrawalRecords;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Asks the gateway about open withdrawals (UNKNOWN, PENDING) older than a minute, by the gateway's
 * own reference, and applies its answer forward only; called by each reconciliation turn. A
 * withdrawal without a gateway reference cannot be asked about (the gateway finds withdrawals only
 * by its own reference), and it is never sent again: that would need the PIN, which is never
 * kept. It stays as it is, with a message that a person must look.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WithdrawalChecks {

    /** A fresh withdrawal is left to its webhook this long. */
    static final Duration FIRST_CHECK_AFTER = Duration.ofMinutes(1);
    private static final Logger LOG = Logger.getLogger(WithdrawalChecks.class.getName());

    @Inject
    WithdrawalRecords records;

    @Inject
    GatewayAccounts gateways;

    @Inject
    ReconciliationSettings settings;

    /** Checks what is due; answers how many withdrawals the gateway's answer moved. */
    public int checkDue(Instant now) {
        Instant madeBefore = now.minus(FIRST_CHECK_AFTER);
        records.flagUncheckable(madeBefore);
        int moved = 0;
        for (WithdrawalRecords.OpenWithdrawal open : records.openDueForCheck(now, madeBefore, 500)) {
            Optional<GatewayWithdrawal> known;
            try {
                known = gateways.existing(open.gateway(), WithdrawalChannel.class)
                        .orElseThrow(() -> new IllegalStateException("gateway account '" + open.gateway() + "' is no longer configured"))
                        .withdrawal(open.gatewayReference());
            } catch (RuntimeException e) {
                LOG.info(() -> "status of withdrawal " + open.reference() + " unreadable, asked again next turn: " + e.getMessage());
                continue;
            }
            if (records.checked(open.reference(), known.orElse(null), settings::delayAfter)) {
                moved++;
            }
        }
        return moved;
    }
}
