package rw.paydesk.core.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A lease on a named job in the database, so that a job every node schedules runs on one node
 * at a time: the node whose update finds the lease free (or run out, or already its own) holds
 * it until it runs out. A node that dies holding it only delays the job by the lease's length.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobLease {

    /** This node, for as long as the process lives: host and process, plus a random part. */
    public static final String NODE = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);

    /** How long {@code job_run} keeps a run. */
    static final Duration RUNS_KEPT = Duration.ofDays(7);

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    /** Who takes the lease: this node (another one in tests). */
    String node = NODE;

    /** Takes the lease of {@code job} for {@code length} if it is free; answers whether this node holds it now. */
    public boolean acquire(String job, Instant now, Duration length) {
        return acquireAs(job, node, now, length);
    }

    /**
     * Takes the lease for a holder narrower than this node (one run of a job, so that two runs on
     * the same node exclude each other too); answers whether that holder has it now.
     */
    public boolean acquireAs(String job, String holder, Instant now, Duration length) {
        return em.createNativeQuery("UPDATE job_lease SET holder = ?, until = ? WHERE name = ?"
                        + " AND (holder IS NULL OR until IS NULL OR until <= ? OR holder = ?)")
                .setParameter(1, holder)
                .setParameter(2, at(now.plus(length)))
                .setParameter(3, job)
                .setParameter(4, at(now))
                .setParameter(5, holder)
                .executeUpdate() == 1;
    }

    /** This node's name, for holders built on it. */
    public String node() {
        return node;
    }

    /** The job ran: noted, and the lease kept until it runs out so that no other node repeats the turn. */
    public void ran(String job, Instant now) {
        em.createNativeQuery("UPDATE job_lease SET last_run_at = ? WHERE name = ? AND holder = ?")
                .setParameter(1, at(now)).setParameter(2, job).setParameter(3, node).executeUpdate();
    }

    /** Gives the lease up, if this node holds it, so another node may take it at once. */
    public void release(String job) {
        releaseAs(job, node);
    }

    public void releaseAs(String job, String holder) {
        em.createNativeQuery("UPDATE job_lease SET holder = NULL, until = NULL WHERE name = ? AND holder = ?")
                .setParameter(1, job).setParameter(2, holder).executeUpdate();
    }

    /**
     * Notes one run of {@code job} by this node in {@code job_run}, and forgets the job's runs
     * older than {@link #RUNS_KEPT}: the record that each turn ran once across the cluster.
     */
    public void noteRun(String job, Instant started, Instant ended) {
        em.createNativeQuery("INSERT INTO job_run (job, node, started_at, ended_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, job).setParameter(2, node).setParameter(3, at(started)).setParameter(4, at(ended))
                .executeUpdate();
        em.createNativeQuery("DELETE FROM job_run WHERE job = ? AND started_at < ?")
                .setParameter(1, job).setParameter(2, at(started.minus(RUNS_KEPT))).executeUpdate();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
