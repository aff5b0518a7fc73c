package rw.paydesk.core.reconciliation.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import rw.paydesk.core.audit.application.AuditTrail;
import rw.paydesk.core.audit.domain.AuditAction;
import rw.paydesk.core.identity.domain.Role;
import rw.paydesk.core.ledger.domain.SyncCursor;
import rw.paydesk.core.platform.LikePattern;
import rw.paydesk.core.reconciliation.domain.Difference;
import rw.paydesk.core.reconciliation.domain.DifferenceEvent;
import rw.paydesk.core.reconciliation.domain.DifferenceFilter;
import rw.paydesk.core.reconciliation.domain.DifferenceState;
import rw.paydesk.core.reconciliation.domain.ReconciliationException;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the Reconciliation page asks: the differences found, their history, the last turn; and
 * what an approver does there: resolve differences with a note (one or many at once), or run a
 * turn now. Viewers may look; only approvers act.
 */
@Stateless
@RolesAllowed({Role.APPROVER_NAME, Role.VIEWER_NAME})
public class ReconciliationDesk {

    /** The most differences one page or one bulk resolution takes. */
    public static final int MAX_PAGE = 500;

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    @Inject
    Reconciliation reconciliation;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** When the last turn ran, how many movements it matched, and what went wrong, if anything. */
    public record LastTurn(Instant at, int matched, String problem) {
    }

    public List<Difference> page(DifferenceFilter filter, int first, int size) {
        TypedQuery<Difference> q = em.createQuery("select d from Difference d" + where(filter)
                + " order by d.firstSeenAt desc, d.id desc", Difference.class);
        bind(q, filter);
        return q.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, MAX_PAGE))).getResultList();
    }

    public long count(DifferenceFilter filter) {
        TypedQuery<Long> q = em.createQuery("select count(d) from Difference d" + where(filter), Long.class);
        bind(q, filter);
        return q.getSingleResult();
    }

    /** How many differences are in each state. */
    public Map<DifferenceState, Long> countsByState() {
        Map<DifferenceState, Long> counts = new EnumMap<>(DifferenceState.class);
        for (DifferenceState s : DifferenceState.values()) {
            counts.put(s, 0L);
        }
        em.createQuery("select d.state, count(d) from Difference d group by d.state", Object[].class).getResultList()
                .forEach(r -> counts.put((DifferenceState) r[0], (Long) r[1]));
        return counts;
    }

    /** Differences that outlived the grace period and wait for a person. */
    public long exceptions() {
        return em.createNamedQuery(Difference.COUNT_IN_STATE, Long.class).setParameter("state", DifferenceState.EXCEPTION)
                .getSingleResult();
    }

    public Optional<Difference> find(long id) {
        return Optional.ofNullable(em.find(Difference.class, id));
    }

    /** Every change of state of one difference, oldest first. */
    public List<DifferenceEvent> history(long id) {
        return em.createNamedQuery(DifferenceEvent.OF_DIFFERENCE, DifferenceEvent.class).setParameter("id", id).getResultList();
    }

    /** The differences of one movement, newest first (for its page). */
    public List<Difference> ofReference(String reference) {
        return em.createQuery("select d from Difference d where d.reference = :reference order by d.firstSeenAt desc, d.id desc",
                Difference.class).setParameter("reference", reference).getResultList();
    }

    public Optional<LastTurn> lastTurn() {
        return Optional.ofNullable(em.find(SyncCursor.class, Reconciliation.JOB)).filter(c -> c.lastRunAt() != null)
                .map(c -> new LastTurn(c.lastRunAt(), c.lastRows(), c.lastError()));
    }

    /**
     * Resolves the open differences among {@code ids} with one note, in one transaction (their
     * rows locked, so a reconciliation turn at the same moment waits, then finds them changed
     * and tries again next turn: the person's word wins); the
     * ones already closed (cleared by a turn meanwhile, or resolved by someone else) are left
     * as they are. Answers how many were resolved; refuses when none could be.
     */
    @RolesAllowed(Role.APPROVER_NAME)
    public int resolve(Collection<Long> ids, String note) {
        if (ids == null || ids.isEmpty()) {
            throw new ReconciliationException("Select the differences to resolve.");
        }
        if (ids.size() > MAX_PAGE) {
            throw new ReconciliationException("Resolve at most " + MAX_PAGE + " differences at once.");
        }
        String by = session.getCallerPrincipal().getName();
        Instant now = clock.instant();
        List<Difference> open = em.createQuery("select d from Difference d where d.id in :ids and d.state in :open order by d.id",
                        Difference.class).setLockMode(LockModeType.PESSIMISTIC_WRITE).setParameter("ids", List.copyOf(ids))
                .setParameter("open", List.of(DifferenceState.EXPECTED, DifferenceState.EXCEPTION)).getResultList();
        if (open.isEmpty()) {
            throw new ReconciliationException(ids.size() == 1 ? "This difference is no longer open: a reconciliation turn"
                    + " or someone else closed it. Its history says how." : "None of the selected differences is open any more.");
        }
        for (Difference d : open) {
            d.resolve(by, note, now);
            em.persist(new DifferenceEvent(d.id(), now, DifferenceState.RESOLVED, by, d.note()));
            audit.record(AuditAction.DIFFERENCE_RESOLVED, d.reference(), d.kind().label() + ": " + d.note());
        }
        return open.size();
    }

    /** Runs a reconciliation turn now (audited), unless one is under way. */
    @RolesAllowed(Role.APPROVER_NAME)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Reconciliation.Turn runNow() {
        Reconciliation.Turn turn = reconciliation.runTurn();
        audit.record(AuditAction.RECONCILIATION_RUN, Reconciliation.JOB, turn.ran()
                ? turn.counts().matched() + " matched, " + turn.counts().found() + " found, " + turn.counts().cleared()
                        + " cleared, " + turn.settled() + " settled" + (turn.problem() == null ? "" : "; " + turn.problem())
                : "not run: " + turn.notRun());
        return turn;
    }

    private static String where(DifferenceFilter f) {
        StringBuilder w = new StringBuilder(" where d.state in :states");
        if (f.kind() != null) {
            w.append(" and d.kind = :kind");
        }
        if (f.reference() != null) {
            w.append(" and d.reference like :reference escape '\\'");
        }
        return w.toString();
    }

    private static void bind(TypedQuery<?> q, DifferenceFilter f) {
        q.setParameter("states", List.copyOf(f.states()));
        if (f.kind() != null) {
            q.setParameter("kind", f.kind());
        }
        if (f.reference() != null) {
            q.setParameter("reference", LikePattern.startingWith(f.reference()));
        }
    }
}
