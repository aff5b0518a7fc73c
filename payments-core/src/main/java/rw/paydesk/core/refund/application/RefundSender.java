package rw.paydesk.core.refund.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import rw.paydesk.core.gateway.GatewayAccounts;
import rw.paydesk.core.gateway.GatewayOutcomeUnknownException;
import rw.paydesk.core.gateway.GatewayRejectedException;
import rw.paydesk.core.gateway.GatewayUnavailableException;
import rw.paydesk.core.gateway.RefundChannel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Sends a stored refund to its gateway, outside any transaction, and commits the answer.
 * Every attempt carries the refund's own reference as the idempotency key, so a refund whose
 * answer was lost is simply sent again (by {@link #resendDue}): the gateway answers what it
 * did the first time, and never refunds twice.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RefundSender {

    private static final Logger LOG = Logger.getLogger(RefundSender.class.getName());
    /** A lost answer is asked again after this long. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    @Inject
    RefundRecords records;

    @Inject
    GatewayAccounts gateways;

    @Inject
    Clock clock;

    public void send(String reference) {
        RefundRecords.Outgoing out = records.sending(reference);
        if (out.settled()) {
            return;
        }
        Instant retry = clock.instant().plus(RETRY_AFTER);
        RefundChannel channel = gateways.existing(out.gateway(), RefundChannel.class).orElse(null);
        if (channel == null) {
            records.unknown(reference, "The gateway account '" + out.gateway() + "' no longer refunds; nothing was sent.", retry);
            return;
        }
        try {
            records.answered(reference, channel.refund(out.reference(), out.payment(), out.amount(), out.reason()));
        } catch (GatewayRejectedException e) {
            records.refused(reference, e.fieldErrors().isEmpty() ? e.getMessage() : e.getMessage() + ": " + e.fieldErrors());
        } catch (GatewayUnavailableException e) {
            // nothing reached the gateway: the same request goes out again later
            records.unknown(reference, e.getMessage(), retry);
        } catch (GatewayOutcomeUnknownException e) {
            records.unknown(reference, e.getMessage() + " PayDesk sends it again with the same idempotency key.", retry);
        }
    }

    /** Sends again every refund whose answer was lost; answers how many were tried. */
    public int resendDue(Instant now) {
        int tried = 0;
        for (String reference : records.unknownDue(now)) {
            try {
                send(reference);
                tried++;
            } catch (RuntimeException e) {
                LOG.info(() -> "refund " + reference + " not resent this turn: " + e.getMessage());
            }
        }
        return tried;
    }
}
