package rw.paydesk.core.ledger.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import rw.paydesk.core.gateway.ListedTransaction;
import rw.paydesk.core.ledger.domain.Direction;
import rw.paydesk.core.ledger.domain.LedgerEntry;
import rw.paydesk.core.ledger.domain.LedgerStatus;
import rw.paydesk.core.ledger.domain.Movement;
import rw.paydesk.core.ledger.domain.SyncCursor;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each step of a ledger sync in a transaction of its own, so a page of the gateway's list or a
 * batch of local records is committed with the position it was read up to.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LedgerSteps {

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    /** Notes what a whole run did (its positions are saved as it goes). */
    public void noteRun(Instant now, int rows, String error) {
        cursor(SyncCursor.RUNS).ran(null, rows, error, now);
    }

    public Optional<String> position(String source) {
        return Optional.ofNullable(em.find(SyncCursor.class, source)).map(SyncCursor::position);
    }

    public void savePosition(String source, String position, int rows, Instant now) {
        cursor(source).ran(position, rows, null, now);
    }

    /** Merges our records in; returns how many entries changed. */
    public int applyLocal(List<Movement> movements, Instant now) {
        Map<String, Movement> byReference = new LinkedHashMap<>();
        movements.forEach(m -> byReference.put(m.reference(), m));
        Map<String, LedgerEntry> existing = existing(byReference.keySet());
        int changed = 0;
        for (Movement m : byReference.values()) {
            LedgerEntry entry = existing.get(m.reference());
            if (entry == null) {
                em.persist(LedgerEntry.fromLocal(m, now));
                changed++;
            } else if (entry.mergeLocal(m, now)) {
                changed++;
            }
        }
        return changed;
    }

    /** Merges a page of the gateway's list in; rows without a reference are skipped. Returns how many entries changed. */
    public int applyGateway(List<ListedTransaction> rows, Instant now) {
        Map<String, ListedTransaction> byReference = new LinkedHashMap<>();
        rows.stream().filter(t -> t.reference() != null && !t.reference().isBlank())
                .forEach(t -> byReference.putIfAbsent(t.reference(), t));
        Map<String, LedgerEntry> existing = existing(byReference.keySet());
        int changed = 0;
        for (ListedTransaction t : byReference.values()) {
            LedgerEntry entry = existing.get(t.reference());
            if (entry == null) {
                Optional<LedgerEntry> created = LedgerEntry.fromGateway(t, now);
                if (created.isPresent()) {
                    em.persist(created.get());
                    changed++;
                }
            } else if (entry.mergeGateway(t, now)) {
                changed++;
            }
        }
        return changed;
    }

    /**
     * Collections of account {@code gateway} made since {@code since} whose gateway side is not
     * read yet or not final there: our reference and the gateway's transaction id, oldest first.
     */
    public List<String[]> unreadCollections(String gateway, Instant since, int max) {
        return em.createQuery("select e.reference, e.gatewayTransactionId from LedgerEntry e where e.gateway = :gateway"
                        + " and e.direction = :collection and e.knownLocally = true and e.createdAt >= :since"
                        + " and (e.knownAtGateway = false or e.gatewayStatus is null or e.gatewayStatus not in :finalWords)"
                        + " order by e.syncedAt, e.id", Object[].class)
                .setParameter("gateway", gateway).setParameter("collection", Direction.COLLECTION)
                .setParameter("since", since).setParameter("finalWords", LedgerStatus.FINAL_WORDS)
                .setMaxResults(max).getResultStream()
                .map(r -> new String[] {(String) r[0], (String) r[1]}).toList();
    }

    /**
     * The gateway id of the oldest movement made since {@code since} that the gateway's list
     * last showed as not final (whatever our side says): the sync reads its list back to there,
     * to see it change.
     */
    public Optional<Long> oldestOpenAtGateway(Instant since) {
        Long id = em.createNamedQuery(LedgerEntry.OLDEST_OPEN_AT_GATEWAY, Long.class)
                .setParameter("finalWords", LedgerStatus.FINAL_WORDS)
                .setParameter("since", since).getSingleResult();
        return Optional.ofNullable(id);
    }

    private Map<String, LedgerEntry> existing(Collection<String> references) {
        if (references.isEmpty()) {
            return new HashMap<>();
        }
        Map<String, LedgerEntry> found = new HashMap<>();
        List<String> all = List.copyOf(references);
        for (int i = 0; i < all.size(); i += 500) {
            em.createNamedQuery(LedgerEntry.BY_REFERENCES, LedgerEntry.class)
                    .setParameter("references", all.subList(i, Math.min(all.size(), i + 500))).getResultList()
                    .forEach(e -> found.put(e.reference(), e));
        }
        return found;
    }

    private SyncCursor cursor(String source) {
        SyncCursor cursor = em.find(SyncCursor.class, source);
        if (cursor == null) {
            cursor = new SyncCursor(source);
            em.persist(cursor);
        }
        return cursor;
    }
}
