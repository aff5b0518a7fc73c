package rw.paydesk.portal.reconciliation;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import rw.paydesk.core.identity.domain.Role;
import rw.paydesk.core.reconciliation.application.Reconciliation;
import rw.paydesk.core.reconciliation.application.ReconciliationDesk;
import rw.paydesk.core.reconciliation.domain.Difference;
import rw.paydesk.core.reconciliation.domain.DifferenceFilter;
import rw.paydesk.core.reconciliation.domain.DifferenceKind;
import rw.paydesk.core.reconciliation.domain.DifferenceState;
import rw.paydesk.core.reconciliation.domain.ReconciliationException;
import rw.paydesk.portal.faces.Messages;

import java.io.Serializable;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Reconciliation page: the differences the last turns found, open ones first by default,
 * a page at a time; an approver resolves the ticked ones with one note, or runs a turn now.
 */
@Named
@ViewScoped
public class ReconciliationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The page's choice of states, in menu order. */
    public enum Show {
        OPEN("Open (expected and exceptions)", EnumSet.of(DifferenceState.EXPECTED, DifferenceState.EXCEPTION)),
        EXCEPTION("Exceptions", EnumSet.of(DifferenceState.EXCEPTION)),
        EXPECTED("Expected", EnumSet.of(DifferenceState.EXPECTED)),
        RESOLVED("Resolved", EnumSet.of(DifferenceState.RESOLVED)),
        CLEARED("Cleared by themselves", EnumSet.of(DifferenceState.CLEARED)),
        ALL("All", EnumSet.allOf(DifferenceState.class));

        private final String label;
        private final Set<DifferenceState> states;

        Show(String label, Set<DifferenceState> states) {
            this.label = label;
            this.states = states;
        }

        public String label() {
            return label;
        }
    }

    @Inject
    ReconciliationDesk desk;

    @Inject
    SecurityContext security;

    @Inject
    Clock clock;

    private Show show = Show.OPEN;
    private DifferenceKind kind;
    private String reference;
    private String note;
    private final Map<Long, Boolean> picked = new HashMap<>();
    private transient Map<DifferenceState, Long> counts;
    private transient Optional<ReconciliationDesk.LastTurn> lastTurn;

    private final LazyDataModel<Difference> differences = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, desk.count(filter()));
        }

        @Override
        public List<Difference> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return desk.page(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(Difference d) {
            return String.valueOf(d.id());
        }
    };

    private DifferenceFilter filter() {
        return new DifferenceFilter(show.states, kind, reference);
    }

    public void apply() {
        picked.clear();
    }

    public void showOnly(Show what) {
        show = what;
        kind = null;
        reference = null;
        picked.clear();
    }

    /** Resolves every ticked difference with the note. */
    public void resolve() {
        List<Long> ids = picked.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue())).map(Map.Entry::getKey).toList();
        try {
            int done = desk.resolve(ids, note);
            Messages.info((done == 1 ? "1 difference resolved." : done + " differences resolved.")
                    + (done < ids.size() ? " " + (ids.size() - done) + " had closed meanwhile and were left as they were." : ""));
            picked.clear();
            note = null;
            counts = null;
        } catch (ReconciliationException refused) {
            Messages.error(refused.getMessage());
        } catch (EJBException e) {
            Messages.error("The differences changed while you looked at them (a reconciliation turn ran). Look again and retry.");
        }
    }

    public void runNow() {
        Reconciliation.Turn turn = desk.runNow();
        counts = null;
        lastTurn = null;
        if (!turn.ran()) {
            Messages.info(turn.notRun());
            return;
        }
        String done = "Reconciliation ran: " + turn.counts().matched() + " movements matched, " + turn.counts().found()
                + " new differences, " + turn.counts().cleared() + " cleared"
                + (turn.settled() > 0 ? ", " + turn.settled() + " open collections settled by the gateway's status" : "") + ".";
        if (turn.problem() == null) {
            Messages.info(done);
        } else {
            Messages.error(done + " Part of it failed: " + turn.problem());
        }
    }

    public boolean isApprover() {
        return security.isCallerInRole(Role.APPROVER_NAME);
    }

    public long count(DifferenceState state) {
        if (counts == null) {
            counts = desk.countsByState();
        }
        return counts.getOrDefault(state, 0L);
    }

    public Optional<ReconciliationDesk.LastTurn> getLastTurn() {
        if (lastTurn == null) {
            lastTurn = desk.lastTurn();
        }
        return lastTurn;
    }

    public String age(Difference d) {
        return Ages.of(d.age(clock.instant()));
    }

    public LazyDataModel<Difference> getDifferences() {
        return differences;
    }

    public Show[] getShows() {
        return Show.values();
    }

    public DifferenceKind[] getKinds() {
        return DifferenceKind.values();
    }

    public Map<Long, Boolean> getPicked() {
        return picked;
    }

    public Show getShow() { return show; }
    public void setShow(Show show) { this.show = show == null ? Show.OPEN : show; }
    public DifferenceKind getKind() { return kind; }
    public void setKind(DifferenceKind kind) { this.kind = kind; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
