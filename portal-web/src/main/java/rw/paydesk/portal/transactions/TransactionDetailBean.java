package rw.paydesk.portal.transactions;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import rw.paydesk.core.ledger.application.LedgerQueries;
import rw.paydesk.core.ledger.domain.LedgerEntry;
import rw.paydesk.core.ledger.domain.TimelineItem;

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

    private String reference;
    private LedgerEntry entry;
    private List<TimelineItem> timeline = List.of();

    public void load() throws IOException {
        entry = reference == null ? null : ledger.byReference(reference).orElse(null);
        if (entry == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such transaction.");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        timeline = ledger.timeline(reference);
    }

    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public LedgerEntry getEntry() { return entry; }
    public List<TimelineItem> getTimeline() { return timeline; }
}
