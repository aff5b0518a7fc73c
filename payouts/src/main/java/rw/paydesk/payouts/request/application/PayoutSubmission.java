package rw.paydesk.payouts.request.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import rw.paydesk.core.audit.application.AuditTrail;
import rw.paydesk.core.gateway.GatewayBalance;
import rw.paydesk.core.gateway.GatewayTransaction;
import rw.paydesk.core.gateway.PaymentGateway;
import rw.paydesk.core.gateway.PayoutInstruction;
import rw.paydesk.core.money.Money;
import rw.paydesk.core.party.Reference;
import rw.paydesk.payouts.request.domain.Payout;
import rw.paydesk.payouts.request.domain.PayoutException;
import rw.paydesk.payouts.submission.GatewaySends;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Sends approved payouts to the gateway, exactly once per reference.
 * <ul>
 * <li>An approved payout is sent only if the wallet can pay it; otherwise it waits, APPROVED,
 * with the reason, and goes out once funds arrive (until its approvals expire).</li>
 * <li>SUBMITTING and the reference are committed before the call. The gateway's {@code NEW}
 * makes the payout SUBMITTED; a refusal makes it FAILED with the gateway's reason; a time-out
 * or 5xx makes it UNKNOWN, which only a status query or webhook settles.</li>
 * <li>A payout left SUBMITTING (the node died mid-call, or the gateway was unreachable) is
 * first looked up at the gateway; only if the gateway has never seen the reference is the
 * same instruction sent again. The gateway refuses a reference twice, so nothing pays twice;
 * a {@code duplicate_reference} answer makes PayDesk look the payout up.</li>
 * </ul>
 * Runs outside transactions: each step commits through {@link PayoutRecords}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PayoutSubmission {

    private static final Logger LOG = Logger.getLogger(PayoutSubmission.class.getName());

    @Inject
    PayoutRecords records;

    @Inject
    PaymentGateway gateway;

    /** Sends an approved payout if its wallet can pay it; does nothing for a payout in any other state. */
    public void submit(long id) {
        Optional<Payout> approved = records.approved(id);
        if (approved.isEmpty()) {
            return;
        }
        Payout p = approved.get();
        Optional<String> shortfall = shortfall(p);
        if (shortfall.isPresent()) {
            records.hold(id, shortfall.get());
            return;
        }
        Optional<PayoutInstruction> instruction;
        try {
            instruction = records.claim(id);
        } catch (PayoutException e) {
            records.refused(id, AuditTrail.SYSTEM, "sending", e.getMessage());
            records.hold(id, "Not sent: " + e.getMessage());
            return;
        } catch (EJBException e) {
            // another node claimed it first (optimistic lock); it sends the payout
            LOG.fine(() -> "payout " + id + " claimed elsewhere: " + e.getMessage());
            return;
        }
        instruction.ifPresent(this::send);
    }

    /** A payout SUBMITTING for too long: settled by what the gateway knows, resent only if it knows nothing. */
    public void recover(long id) {
        Optional<String> reference = records.referenceOf(id);
        if (reference.isEmpty()) {
            return;
        }
        Optional<GatewayTransaction> known;
        try {
            known = gateway.transactionStatus(new Reference(reference.get()));
        } catch (RuntimeException e) {
            LOG.info(() -> "payout " + reference.get() + " still SUBMITTING; its status could not be read: " + e.getMessage());
            return;
        }
        if (known.isPresent()) {
            records.adopt(reference.get(), known.get(), "found at the gateway after an interrupted submission");
            return;
        }
        records.resend(id, "the gateway has no payout under this reference").ifPresent(this::send);
    }

    /** Asks the gateway about an UNKNOWN payout, or one whose webhook has not come. Never sends. */
    public void check(long id) {
        Optional<String> reference = records.referenceOf(id);
        if (reference.isEmpty()) {
            return;
        }
        GatewaySends.check(gateway, records, reference.get());
    }

    private void send(PayoutInstruction instruction) {
        GatewaySends.send(gateway, records, instruction);
    }

    /** Why the wallet cannot pay this payout now, if it cannot; also when the balance cannot be read. */
    private Optional<String> shortfall(Payout p) {
        BigDecimal fee = p.expectedFee() == null ? BigDecimal.ZERO : p.expectedFee();
        Money needed = Money.of(p.amount().amount().add(fee), p.sourceCurrency());
        try {
            Optional<GatewayBalance> wallet = gateway.balances().stream()
                    .filter(b -> b.currency().equalsIgnoreCase(p.sourceCurrency().getCurrencyCode())).findFirst();
            BigDecimal withdrawable = wallet.map(GatewayBalance::withdrawable).orElse(BigDecimal.ZERO);
            if (withdrawable.compareTo(needed.amount()) >= 0) {
                return Optional.empty();
            }
            return Optional.of("Waiting for funds: the " + p.sourceCurrency().getCurrencyCode() + " wallet has "
                    + Money.formatAmount(withdrawable, p.sourceCurrency()) + " withdrawable and the payout needs "
                    + needed.format() + " with the fee. It is sent as soon as the wallet can pay it"
                    + (p.expiresAt() == null ? "." : ", until its approvals run out."));
        } catch (RuntimeException e) {
            return Optional.of("Not sent yet: the wallet balance could not be read (" + e.getMessage() + "). Trying again shortly.");
        }
    }
}
