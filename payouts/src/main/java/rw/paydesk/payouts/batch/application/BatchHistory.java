package rw.paydesk.payouts.batch.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import rw.paydesk.payouts.batch.domain.BatchLine;
import rw.paydesk.payouts.batch.domain.BatchRowStatus;
import rw.paydesk.payouts.batch.domain.BatchStatus;
import rw.paydesk.payouts.beneficiary.domain.BeneficiaryStatus;
import rw.paydesk.payouts.beneficiary.domain.BeneficiaryType;
import rw.paydesk.payouts.request.domain.PayoutStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a new file is compared with, in a few queries whatever its size: the payouts and
 * batch rows of the recent past (by payee and amount; those that paid nothing — rejected,
 * cancelled, expired, failed — do not count), and the payees of approved beneficiaries.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class BatchHistory {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneId.of("Africa/Kigali"));

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    /**
     * Duplicate keys ({@link BatchLine#duplicateKey()}) of payouts and batch rows created since
     * {@code since} to any of {@code payeeKeys}, each with where it was seen.
     */
    public Map<String, String> recent(Set<String> payeeKeys, Instant since) {
        Map<String, String> seen = new HashMap<>();
        if (payeeKeys.isEmpty()) {
            return seen;
        }
        // One pass over the window's rows, filtered here: an IN list of thousands of keys made
        // PostgreSQL's plan slower as the history grew (docs/PERFORMANCE.md).
        List<Object[]> rows = em.createQuery("select r.payeeKey, r.amount, b.reference, r.line, b.createdAt, b.status"
                        + " from BatchRow r, PayoutBatch b where r.batchId = b.id and b.createdAt >= :since"
                        + " and b.status not in :deadBatches and r.status not in :deadRows", Object[].class)
                .setParameter("since", since)
                .setParameter("deadBatches", List.of(BatchStatus.REJECTED, BatchStatus.CANCELLED, BatchStatus.EXPIRED))
                .setParameter("deadRows", List.of(BatchRowStatus.FAILED, BatchRowStatus.CANCELLED))
                .getResultList();
        for (Object[] r : rows) {
            if (!payeeKeys.contains((String) r[0])) {
                continue;
            }
            BatchStatus status = (BatchStatus) r[5];
            seen.putIfAbsent(r[0] + "|" + plain((BigDecimal) r[1]), "line " + r[3] + " of batch " + r[2]
                    + (status == BatchStatus.DRAFT ? " (a draft; discard it if this file replaces it)" : "")
                    + " of " + DAY.format((Instant) r[4]));
        }
        List<Object[]> payouts = em.createQuery("select b.type, b.bankCode, b.accountNumber, b.phone, p.amountInRwf,"
                        + " p.reference, p.createdAt from Payout p, Beneficiary b where p.beneficiaryId = b.id"
                        + " and p.createdAt >= :since and p.status not in :dead", Object[].class)
                .setParameter("since", since)
                .setParameter("dead", List.of(PayoutStatus.REJECTED, PayoutStatus.CANCELLED, PayoutStatus.EXPIRED,
                        PayoutStatus.FAILED))
                .getResultList();
        for (Object[] p : payouts) {
            String key = BatchLine.payeeKey((BeneficiaryType) p[0], (String) p[1], (String) p[2], (String) p[3]);
            if (payeeKeys.contains(key)) {
                seen.putIfAbsent(key + "|" + plain((BigDecimal) p[4]), "payout " + p[5] + " of "
                        + DAY.format((Instant) p[6]));
            }
        }
        return seen;
    }

    /** The payee keys of every approved beneficiary. */
    public Set<String> approvedPayees() {
        Set<String> keys = new HashSet<>();
        em.createQuery("select b.type, b.bankCode, b.accountNumber, b.phone from Beneficiary b where b.status = :approved",
                        Object[].class)
                .setParameter("approved", BeneficiaryStatus.APPROVED).getResultList()
                .forEach(b -> keys.add(BatchLine.payeeKey((BeneficiaryType) b[0], (String) b[1], (String) b[2],
                        (String) b[3])));
        return keys;
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }
}
