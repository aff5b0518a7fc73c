package rw.paydesk.payouts.submission;

import rw.paydesk.core.gateway.GatewayOutcomeUnknownException;
import rw.paydesk.core.gateway.GatewayRejectedException;
import rw.paydesk.core.gateway.GatewayTransaction;
import rw.paydesk.core.gateway.GatewayUnavailableException;
import rw.paydesk.core.gateway.PaymentGateway;
import rw.paydesk.core.gateway.PayoutInstruction;
import rw.paydesk.core.party.Reference;

import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Sends a transfer once and records what came of it; asks the gateway about one whose outcome
 * is open. The rules, for single payouts and bulk rows alike:
 * <ul>
 * <li>{@code NEW}: acknowledged. A refusal: failed, nothing paid.</li>
 * <li>{@code duplicate_reference}: the reference is looked up; found, its state is taken;
 * not found, UNKNOWN, never resent.</li>
 * <li>Unreachable or 429: not received, so it may be sent again with the same reference.</li>
 * <li>A time-out or 5xx: UNKNOWN, settled only by a status query or webhook.</li>
 * </ul>
 */
public final class GatewaySends {

    private static final Logger LOG = Logger.getLogger(GatewaySends.class.getName());

    private GatewaySends() {
    }

    public static void send(PaymentGateway gateway, TransferSteps steps, PayoutInstruction instruction) {
        String reference = instruction.reference().value();
        try {
            steps.answered(reference, gateway.sendPayout(instruction));
        } catch (GatewayRejectedException e) {
            if (isDuplicateReference(e)) {
                lookUpAfterDuplicate(gateway, steps, reference);
            } else if (e.httpStatus() == 429) {
                steps.notSent(reference, e.getMessage());
            } else {
                steps.refusedByGateway(reference, e.code(), refusal(e));
            }
        } catch (GatewayUnavailableException e) {
            steps.notSent(reference, e.getMessage());
        } catch (GatewayOutcomeUnknownException e) {
            steps.unknown(reference, e.getMessage());
        }
    }

    /** Asks the gateway about an UNKNOWN transfer, or one whose webhook has not come. Never sends. */
    public static void check(PaymentGateway gateway, TransferSteps steps, String reference) {
        try {
            Optional<GatewayTransaction> known = gateway.transactionStatus(new Reference(reference));
            if (known.isPresent()) {
                steps.adopt(reference, known.get(), "status check");
            } else {
                steps.checkAgainLater(reference, "The gateway has no payout under this reference (yet). "
                        + "It is asked again later; nothing is sent again.");
            }
        } catch (RuntimeException e) {
            steps.checkAgainLater(reference, null);
        }
    }

    private static void lookUpAfterDuplicate(PaymentGateway gateway, TransferSteps steps, String reference) {
        String why = "The gateway says this reference was already used";
        try {
            Optional<GatewayTransaction> known = gateway.transactionStatus(new Reference(reference));
            if (known.isPresent()) {
                steps.adopt(reference, known.get(), why);
                return;
            }
        } catch (RuntimeException e) {
            LOG.info(() -> "status of " + reference + " after duplicate_reference unreadable: " + e.getMessage());
        }
        steps.unknown(reference, why + ", but shows no payout under it. Nothing is sent again; "
                + "PayDesk keeps asking, and the gateway's support can tell what happened.");
    }

    private static boolean isDuplicateReference(GatewayRejectedException e) {
        String onReference = e.fieldErrors().get("reference");
        return onReference != null && onReference.toLowerCase(Locale.ROOT).contains("already");
    }

    private static String refusal(GatewayRejectedException e) {
        String detail = e.fieldErrors().isEmpty() ? "" : " (" + String.join("; ", e.fieldErrors().entrySet().stream()
                .map(f -> f.getKey() + ": " + f.getValue()).toList()) + ")";
        return e.getMessage() + detail + ". Nothing was paid.";
    }
}
