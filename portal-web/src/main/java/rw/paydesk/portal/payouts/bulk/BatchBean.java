package rw.paydesk.portal.payouts.bulk;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import rw.paydesk.core.money.Money;
import rw.paydesk.payouts.approval.domain.Approval;
import rw.paydesk.payouts.batch.application.BatchQueries;
import rw.paydesk.payouts.batch.application.PayoutBatchService;
import rw.paydesk.payouts.batch.domain.BatchProgress;
import rw.paydesk.payouts.batch.domain.BatchRow;
import rw.paydesk.payouts.batch.domain.BatchStatus;
import rw.paydesk.payouts.batch.domain.PayoutBatch;
import rw.paydesk.payouts.request.domain.PayoutException;
import rw.paydesk.portal.faces.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;

/** One batch: its dry run, the maker's and approvers' actions, the progress of its sending, its rows. */
@Named
@ViewScoped
public class BatchBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PayoutBatchService service;

    @Inject
    BatchQueries queries;

    @Inject
    ExternalContext external;

    @Inject
    Clock clock;

    private Long id;
    private String reason;
    private boolean onlyNewPayees;
    private transient PayoutBatch batch;
    private transient List<BatchRow> rows;
    private transient BatchProgress progress;
    private transient Money withdrawable;
    private transient boolean withdrawableRead;

    public void load() throws IOException {
        batch = id == null ? null : queries.byId(id).orElse(null);
        if (batch == null) {
            external.responseSendError(404, "No such payout batch.");
            jakarta.faces.context.FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** The poll: the batch and its rows as they stand now. */
    public void refresh() {
        batch = queries.byId(id).orElse(batch);
        rows = null;
        progress = null;
    }

    public void submit() {
        act(() -> {
            service.submitForApproval(id);
            Messages.info("Batch " + getBatch().reference().value() + " now waits for approval.");
        });
    }

    public void cancel() {
        act(() -> {
            service.cancel(id);
            Messages.info("Batch " + getBatch().reference().value() + " is cancelled; nothing of it will be sent.");
        });
    }

    public void approve() {
        act(() -> {
            boolean last = service.approve(id, getBatch().contentFingerprint());
            Messages.info(last ? "Approved. The payouts are being sent." : "Approved. Another approver is needed.");
        });
    }

    public void reject() {
        act(() -> {
            service.reject(id, reason);
            Messages.info("Batch " + getBatch().reference().value() + " is rejected; the maker sees your reason.");
        });
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (PayoutException refused) {
            Messages.error(refused.getMessage());
        }
        refresh();
        withdrawableRead = false;
    }

    public PayoutBatch getBatch() {
        if (batch == null && id != null) {
            batch = queries.byId(id).orElse(null);
        }
        return batch;
    }

    public List<BatchRow> getRows() {
        if (rows == null) {
            List<BatchRow> all = queries.rows(id);
            rows = onlyNewPayees ? all.stream().filter(BatchRow::newPayee).toList() : all;
        }
        return rows;
    }

    public BatchProgress getProgress() {
        if (progress == null) {
            progress = queries.progress(id);
        }
        return progress;
    }

    /** Whether the page should keep asking for progress. */
    public boolean isUnderWay() {
        BatchStatus s = getBatch().status();
        return s == BatchStatus.APPROVED || (s == BatchStatus.SENDING && !getProgress().isFinished());
    }

    public boolean isSendingStarted() {
        BatchStatus s = getBatch().status();
        return s == BatchStatus.APPROVED || s == BatchStatus.SENDING || s == BatchStatus.FINISHED;
    }

    public Money getWithdrawable() {
        if (!withdrawableRead) {
            withdrawable = service.withdrawable();
            withdrawableRead = true;
        }
        return withdrawable;
    }

    public boolean isEnough() {
        return getWithdrawable() != null && getWithdrawable().compareTo(getBatch().debit()) >= 0;
    }

    public boolean isMine() {
        return external.getUserPrincipal() != null && getBatch().maker().equalsIgnoreCase(external.getUserPrincipal().getName());
    }

    public boolean isMaker() {
        return external.isUserInRole("MAKER") && isMine();
    }

    public boolean isApprover() {
        return external.isUserInRole("APPROVER");
    }

    public List<Approval> getCountingApprovals() {
        return getBatch().countingApprovals(clock.instant());
    }

    public int getApprovalsStillNeeded() {
        return getBatch().approvalsStillNeeded(clock.instant());
    }

    public boolean isApprovedByMe() {
        String me = external.getUserPrincipal() == null ? "" : external.getUserPrincipal().getName();
        return getCountingApprovals().stream().anyMatch(a -> a.isBy(me));
    }

    public String rowStatus(BatchRow row) {
        return row.status().label();
    }

    public String payee(BatchRow row) {
        return row.payeeText();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isOnlyNewPayees() {
        return onlyNewPayees;
    }

    public void setOnlyNewPayees(boolean onlyNewPayees) {
        this.onlyNewPayees = onlyNewPayees;
        this.rows = null;
    }
}
