package rw.paydesk.payouts.batch.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import rw.paydesk.core.identity.domain.Role;
import rw.paydesk.payouts.batch.domain.BatchProgress;
import rw.paydesk.payouts.batch.domain.BatchResults;
import rw.paydesk.payouts.batch.domain.BatchRow;
import rw.paydesk.payouts.batch.domain.BatchRowStatus;
import rw.paydesk.payouts.batch.domain.BatchStatus;
import rw.paydesk.payouts.batch.domain.PayoutBatch;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Batches as the pages show them; always read fresh from the database (rows move on other threads and nodes). */
@Stateless
@RolesAllowed({Role.MAKER_NAME, Role.APPROVER_NAME, Role.VIEWER_NAME})
public class BatchQueries {

    private static final Map<String, Object> FRESH = Map.of("eclipselink.refresh", "true");

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    public Optional<PayoutBatch> byId(long id) {
        return Optional.ofNullable(em.find(PayoutBatch.class, id, FRESH));
    }

    public List<PayoutBatch> recent(int max) {
        return em.createNamedQuery(PayoutBatch.RECENT, PayoutBatch.class).setHint("eclipselink.refresh", "true")
                .setMaxResults(max).getResultList();
    }

    /** The approvers' count: batches awaiting approval. */
    public long awaitingApprovalCount() {
        return em.createNamedQuery(PayoutBatch.COUNT_BY_STATUS, Long.class)
                .setParameter("statuses", List.of(BatchStatus.AWAITING_APPROVAL)).getSingleResult();
    }

    /** Every row of the batch, in file order. */
    public List<BatchRow> rows(long batchId) {
        return em.createNamedQuery(BatchRow.OF_BATCH, BatchRow.class).setParameter("batchId", batchId)
                .setHint("eclipselink.refresh", "true").getResultList();
    }

    public BatchProgress progress(long batchId) {
        int rows = em.createQuery("select b.rowCount from PayoutBatch b where b.id = :id", Integer.class)
                .setParameter("id", batchId).getSingleResult();
        Map<BatchRowStatus, Long> counts = new EnumMap<>(BatchRowStatus.class);
        for (Object[] c : em.createNamedQuery(BatchRow.COUNTS, Object[].class).setParameter("batchId", batchId)
                .getResultList()) {
            counts.put((BatchRowStatus) c[0], (Long) c[1]);
        }
        return BatchProgress.of(rows, counts);
    }

    /** The results file: every input column plus reference, status, fee and the gateway's message. */
    public String resultsCsv(long batchId) {
        return BatchResults.csv(rows(batchId));
    }
}
