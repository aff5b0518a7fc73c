package rw.paydesk.portal.transactions;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import rw.paydesk.core.identity.domain.Role;
import rw.paydesk.core.ledger.application.LedgerQueries;
import rw.paydesk.core.ledger.domain.LedgerEntry;
import rw.paydesk.core.ledger.domain.TimelineItem;
import rw.paydesk.core.reconciliation.application.ReconciliationDesk;
import rw.paydesk.core.reconciliation.domain.Difference;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** A movement's page: both sides of it and its timeline. */
@Named
@ViewScoped
public class TransactionDetailBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LedgerQueries ledger;

    @Inject
    ReconciliationDesk reconciliation;

    @Inject
    SecurityContext security;

    private String reference;
    private LedgerEntry entry;
    private List<TimelineItem> timeline = List.of();
    private List<Difference> differences = List.of();

    public void load() throws IOException {
        entry = reference == null ? null : ledger.byReference(reference).orElse(null);
        if (entry == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such transaction.");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        timeline = ledger.timeline(reference);
        if (security.isCallerInRole(Role.APPROVER_NAME) || security.isCallerInRole(Role.VIEWER_NAME)) {
            differences = reconciliation.ofReference(reference);
        }
    }

    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public LedgerEntry getEntry() { return entry; }
    public List<TimelineItem> getTimeline() { return timeline; }
    /** What reconciliation found about it (only for those who may see reconciliation). */
    public List<Difference> getDifferences() { return differences; }
}
