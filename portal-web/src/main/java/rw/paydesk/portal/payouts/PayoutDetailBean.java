package rw.paydesk.portal.payouts;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import rw.paydesk.core.audit.domain.AuditEvent;
import rw.paydesk.core.collection.application.InputException;
import rw.paydesk.core.money.Money;
import rw.paydesk.payouts.request.application.PayoutForm;
import rw.paydesk.payouts.request.application.PayoutQueries;
import rw.paydesk.payouts.request.application.PayoutService;
import rw.paydesk.payouts.request.domain.Payout;
import rw.paydesk.payouts.request.domain.PayoutException;
import rw.paydesk.payouts.request.domain.PayoutStatus;
import rw.paydesk.portal.faces.FieldErrors;
import rw.paydesk.portal.faces.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One payout: what approvers approve (bound to the fingerprint shown), its approvals, where
 * it stands at the gateway, and its history. The buttons shown depend on the user, but the
 * service decides: a maker's approval is refused there, whatever the page shows.
 */
@Named
@ViewScoped
public class PayoutDetailBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** While the payout is in these states the page keeps looking for news. */
    private static final Set<PayoutStatus> MOVING = EnumSet.of(PayoutStatus.APPROVED, PayoutStatus.SUBMITTING,
            PayoutStatus.SUBMITTED, PayoutStatus.UNKNOWN);

    @Inject
    PayoutService service;

    @Inject
    PayoutQueries queries;

    @Inject
    ExternalContext external;

    private Long id;
    private boolean created;
    private transient Payout payout;
    private String shownFingerprint;
    private String reason;
    private BigDecimal newAmount;
    private String newDescription;
    private transient String wallet;

    public void load() throws IOException {
        payout = id == null ? null : queries.byId(id).orElse(null);
        if (payout == null) {
            external.responseSendError(404, "No such payout");
            return;
        }
        shownFingerprint = payout.contentFingerprint();
        newAmount = payout.amount().amount();
        newDescription = payout.description();
        if (created) {
            Messages.info("Payout " + payout.reference().value() + " is waiting for approval.");
        }
    }

    public void refresh() {
        payout = queries.byId(id).orElseThrow();
    }

    public void approve() {
        act(() -> service.approve(id, shownFingerprint), "You approved payout ");
    }

    public void reject() {
        act(() -> service.reject(id, reason), "You rejected payout ");
    }

    public void cancel() {
        act(() -> service.cancel(id), "You cancelled payout ");
    }

    public void revise() {
        try {
            payout = service.revise(id, new PayoutForm(payout.beneficiaryId(), newAmount,
                    payout.sourceCurrency().getCurrencyCode(), payout.destinationCurrency().getCurrencyCode(),
                    newDescription, null, payout.simulationContext()));
            shownFingerprint = payout.contentFingerprint();
            Messages.info("Payout " + payout.reference().value() + " changed; it needs its approvals again.");
        } catch (InputException wrong) {
            FieldErrors.show("actions", wrong.fieldErrors().containsKey("amount")
                    ? java.util.Map.of("newAmount", wrong.fieldErrors().get("amount")) : java.util.Map.of("form",
                    String.join(" ", wrong.fieldErrors().values())));
        } catch (PayoutException refused) {
            Messages.error(refused.getMessage());
            refresh();
        }
    }

    private void act(java.util.function.Supplier<Payout> action, String done) {
        try {
            payout = action.get();
            shownFingerprint = payout.contentFingerprint();
            Messages.info(done + payout.reference().value() + ".");
        } catch (PayoutException refused) {
            Messages.error(refused.getMessage());
            refresh();
        }
    }

    public boolean isMoving() {
        return payout != null && MOVING.contains(payout.status());
    }

    public boolean isMine() {
        String me = external.getUserPrincipal() == null ? "" : external.getUserPrincipal().getName();
        return payout != null && payout.maker().equalsIgnoreCase(me);
    }

    public boolean isAwaitingApproval() {
        return payout != null && payout.status() == PayoutStatus.AWAITING_APPROVAL;
    }

    public boolean isCancellable() {
        return payout != null && payout.status().isBeforeSubmission();
    }

    public boolean isFinished() {
        return payout != null && EnumSet.of(PayoutStatus.FAILED, PayoutStatus.REJECTED, PayoutStatus.CANCELLED,
                PayoutStatus.EXPIRED).contains(payout.status());
    }

    /** The wallet's withdrawable balance and whether it covers the payout, while people still decide. */
    public String getWallet() {
        if (wallet == null && getPayout() != null) {
            BigDecimal needed = payout.amount().amount().add(payout.expectedFee() == null ? BigDecimal.ZERO : payout.expectedFee());
            wallet = service.withdrawableFor(payout).map(w -> w.format() + " withdrawable"
                    + (w.amount().compareTo(needed) >= 0 ? ": enough for this payout and its fee"
                    : ": NOT enough for this payout and its fee (" + Money.of(needed, payout.sourceCurrency()).format()
                    + "); once approved it waits until the wallet can pay it")).orElse("the balance could not be read");
        }
        return wallet;
    }

    public List<AuditEvent> getHistory() {
        return queries.history(payout);
    }

    public Payout getPayout() {
        if (payout == null && id != null) {
            payout = queries.byId(id).orElse(null);
        }
        return payout;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isCreated() {
        return created;
    }

    public void setCreated(boolean created) {
        this.created = created;
    }

    public String getShownFingerprint() {
        return shownFingerprint;
    }

    public void setShownFingerprint(String shownFingerprint) {
        this.shownFingerprint = shownFingerprint;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public BigDecimal getNewAmount() {
        return newAmount;
    }

    public void setNewAmount(BigDecimal newAmount) {
        this.newAmount = newAmount;
    }

    public String getNewDescription() {
        return newDescription;
    }

    public void setNewDescription(String newDescription) {
        this.newDescription = newDescription;
    }
}
