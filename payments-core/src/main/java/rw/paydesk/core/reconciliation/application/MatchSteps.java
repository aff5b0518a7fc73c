package rw.paydesk.core.reconciliation.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import rw.paydesk.core.ledger.domain.LedgerEntry;
import rw.paydesk.core.ledger.domain.SyncCursor;
import rw.paydesk.core.reconciliation.domain.Difference;
import rw.paydesk.core.reconciliation.domain.DifferenceEvent;
import rw.paydesk.core.reconciliation.domain.DifferenceKind;
import rw.paydesk.core.reconciliation.domain.DifferenceState;
import rw.paydesk.core.reconciliation.domain.Finding;
import rw.paydesk.core.reconciliation.domain.Matcher;
import rw.paydesk.core.reconciliation.domain.WebhookTrail;
import rw.paydesk.core.webhook.domain.ProcessingStatus;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The three-way match, a batch of references at a time, each batch in a transaction of its own:
 * the ledger entries (PayDesk's side and the gateway's list's side), the webhook log, and the
 * differences found before. New differences are stored, the ones no longer found are cleared,
 * open ones age; every change of state goes into the difference's history.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MatchSteps {

    /** References matched per transaction. */
    public static final int BATCH = 500;

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    @jakarta.inject.Inject
    rw.paydesk.core.gateway.GatewayAccounts accounts;

    /** What a batch (or a whole turn) did. */
    public record Counts(int matched, int found, int cleared, int exceptions) {
        public static final Counts NONE = new Counts(0, 0, 0, 0);

        public Counts plus(Counts o) {
            return new Counts(matched + o.matched, found + o.found, cleared + o.cleared, exceptions + o.exceptions);
        }
    }

    /**
     * The references to match this turn: every ledger entry a sync touched and every reference a
     * webhook came for since {@code since}, and every reference with an open difference (to age
     * it, or see it clear).
     */
    public Set<String> candidates(Instant since) {
        Set<String> references = new LinkedHashSet<>(em.createQuery(
                "select e.reference from LedgerEntry e where e.syncedAt >= :since", String.class)
                .setParameter("since", since).getResultList());
        em.createQuery("select distinct w.reference from WebhookEvent w where w.receivedAt >= :since and w.reference is not null",
                        String.class).setParameter("since", since).getResultList().forEach(references::add);
        references.addAll(em.createNamedQuery(Difference.OPEN_REFERENCES, String.class)
                .setParameter("open", List.of(DifferenceState.EXPECTED, DifferenceState.EXCEPTION)).getResultList());
        return references;
    }

    /** Matches these references (at most {@link #BATCH}) as of {@code now}; open differences older than {@code grace} become exceptions. */
    public Counts match(Collection<String> references, Instant now, Duration grace) {
        if (references.isEmpty()) {
            return Counts.NONE;
        }
        List<String> refs = List.copyOf(references);
        Map<String, LedgerEntry> entries = new HashMap<>();
        // read, never changed here: kept out of the transaction's change tracking
        em.createNamedQuery(LedgerEntry.BY_REFERENCES, LedgerEntry.class).setParameter("references", refs)
                .setHint("eclipselink.read-only", "true").getResultList().forEach(e -> entries.put(e.reference(), e));
        Map<String, WebhookTrail> trails = trails(refs);
        Map<String, Map<DifferenceKind, Difference>> known = new HashMap<>();
        em.createNamedQuery(Difference.OF_REFERENCES, Difference.class).setParameter("references", refs).getResultList()
                .forEach(d -> known.computeIfAbsent(d.reference(), r -> new EnumMap<>(DifferenceKind.class)).put(d.kind(), d));

        List<Difference> created = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        int found = 0;
        int cleared = 0;
        int exceptions = 0;
        for (String reference : refs) {
            LedgerEntry entry = entries.get(reference);
            Map<DifferenceKind, Difference> before = known.getOrDefault(reference, Map.of());
            List<Finding> findings = entry == null ? List.of()
                    : Matcher.compare(entry, trails.getOrDefault(reference, WebhookTrail.none(reference)), listed(entry));
            Set<DifferenceKind> seen = EnumSet.noneOf(DifferenceKind.class);
            for (Finding f : findings) {
                seen.add(f.kind());
                Difference d = before.get(f.kind());
                if (d == null) {
                    d = Difference.found(reference, entry.direction(), entry.amount(), entry.currency(), f, now);
                    em.persist(d);
                    created.add(d);
                    steps.add(new Step(d, DifferenceState.EXPECTED, f.explanation()));
                    found++;
                } else {
                    Difference existing = d;
                    Optional<DifferenceState> reopened = d.foundAgain(f, now);
                    reopened.ifPresent(s -> steps.add(new Step(existing, s, "found again: " + f.explanation())));
                    found += reopened.isPresent() ? 1 : 0;
                }
                Difference aged = d;
                Optional<DifferenceState> exception = d.age(now, grace);
                exception.ifPresent(s -> steps.add(new Step(aged, s, "still differs after " + words(grace))));
                exceptions += exception.isPresent() ? 1 : 0;
            }
            for (Difference d : before.values()) {
                if (!seen.contains(d.kind()) && d.gone(now).isPresent()) {
                    steps.add(new Step(d, DifferenceState.CLEARED, entry == null ? "the movement is no longer in the ledger"
                            : "the accounts agree now"));
                    cleared++;
                }
            }
        }
        if (!created.isEmpty()) {
            em.flush(); // the new differences' ids, for their history
        }
        for (Step step : steps) {
            em.persist(new DifferenceEvent(step.difference().id(), now, step.state(), DifferenceEvent.RECONCILIATION, step.note()));
        }
        return new Counts(refs.size(), found, cleared, exceptions);
    }

    /** A change of state, written to the history once the new differences have ids. */
    private record Step(Difference difference, DifferenceState state, String note) {
    }

    /** Where matching got to (the start of the last turn), or empty before the first turn. */
    public Optional<Instant> position() {
        return Optional.ofNullable(em.find(SyncCursor.class, Reconciliation.JOB)).map(SyncCursor::position).map(Instant::parse);
    }

    public void finished(Instant position, int matched, String problem, Instant now) {
        SyncCursor cursor = em.find(SyncCursor.class, Reconciliation.JOB);
        if (cursor == null) {
            cursor = new SyncCursor(Reconciliation.JOB);
            em.persist(cursor);
        }
        cursor.ran(position == null ? cursor.position() : position.toString(), matched, problem, now);
    }

    /** The webhook log, summed up per reference: one projection query, no bodies read. */
    private Map<String, WebhookTrail> trails(List<String> refs) {
        List<Object[]> rows = em.createQuery("select w.reference, w.status, w.gatewayStatus, w.amount, w.fee, w.currency, w.receivedAt "
                        + "from WebhookEvent w where w.reference in :references order by w.id", Object[].class)
                .setParameter("references", refs).getResultList();
        Map<String, WebhookTrail> trails = new HashMap<>();
        for (Object[] r : rows) {
            String reference = (String) r[0];
            ProcessingStatus status = (ProcessingStatus) r[1];
            WebhookTrail t = trails.getOrDefault(reference, WebhookTrail.none(reference));
            boolean applied = status == ProcessingStatus.PROCESSED;
            trails.put(reference, new WebhookTrail(reference, t.deliveries() + 1,
                    t.duplicates() + (status == ProcessingStatus.DUPLICATE ? 1 : 0),
                    applied ? (String) r[2] : t.status(), applied ? (BigDecimal) r[3] : t.amount(),
                    applied ? (BigDecimal) r[4] : t.fee(), applied ? (String) r[5] : t.currency(),
                    t.firstAt() == null ? (Instant) r[6] : t.firstAt()));
        }
        return trails;
    }

    static String words(Duration d) {
        if (d.toDays() > 0 && d.toHoursPart() == 0) {
            return d.toDays() + (d.toDays() == 1 ? " day" : " days");
        }
        if (d.toHours() > 0 && d.toMinutesPart() == 0) {
            return d.toHours() + (d.toHours() == 1 ? " hour" : " hours");
        }
        if (d.toMinutes() > 0 && d.toSecondsPart() == 0) {
            return d.toMinutes() + (d.toMinutes() == 1 ? " minute" : " minutes");
        }
        return d.toSeconds() + " seconds";
    }

    /** Whether the entry's account has a transaction list the ledger reads (an unknown account is taken as listed). */
    private boolean listed(LedgerEntry entry) {
        return accounts.find(entry.gateway())
                .map(a -> a.supports(rw.paydesk.core.gateway.Capability.TRANSACTION_LIST)).orElse(true);
    }
}
