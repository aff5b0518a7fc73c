package rw.paydesk.portal.reconciliation;

import jakarta.ejb.EJBException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import rw.paydesk.core.identity.domain.Role;
import rw.paydesk.core.reconciliation.application.ReconciliationDesk;
import rw.paydesk.core.reconciliation.domain.Difference;
import rw.paydesk.core.reconciliation.domain.DifferenceEvent;
import rw.paydesk.core.reconciliation.domain.ReconciliationException;
import rw.paydesk.portal.faces.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;

/** One difference: what each account says, why, and its history; an approver resolves it with a note. */
@Named
@ViewScoped
public class DifferenceBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReconciliationDesk desk;

    @Inject
    SecurityContext security;

    @Inject
    ExternalContext external;

    @Inject
    Clock clock;

    private Long id;
    private Difference difference;
    private List<DifferenceEvent> history;
    private String note;

    public void load() throws IOException {
        difference = id == null ? null : desk.find(id).orElse(null);
        if (difference == null) {
            external.responseSendError(404, "No such difference.");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        history = desk.history(id);
    }

    public void resolve() {
        try {
            desk.resolve(List.of(id), note);
            Messages.info(difference.kind().label() + " of " + difference.reference() + " resolved.");
            note = null;
        } catch (ReconciliationException refused) {
            Messages.error(refused.getMessage());
        } catch (EJBException e) {
            Messages.error("This difference changed while you looked at it (a reconciliation turn ran). Look again and retry.");
        }
        difference = desk.find(id).orElse(difference);
        history = desk.history(id);
    }

    public boolean isResolvable() {
        return difference.state().isOpen() && security.isCallerInRole(Role.APPROVER_NAME);
    }

    public String getAge() {
        return Ages.of(difference.age(clock.instant()));
    }

    public Difference getDifference() { return difference; }
    public List<DifferenceEvent> getHistory() { return history; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
