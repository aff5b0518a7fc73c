package rw.paydesk.core.platform;

import jakarta.persistence.EntityManager;

/**
 * Several nodes started together on an empty database each find it empty. What a first start
 * creates (demo users, the first administrator, demo beneficiaries) is created under a lock on
 * the {@code first-start} row of {@code job_lease}, held by the caller's transaction until it
 * commits: the next node waits, then finds what the first one made.
 */
public final class FirstStart {

    private FirstStart() {
    }

    /** Call first in the transaction that looks for, and creates, what a first start needs. */
    public static void lock(EntityManager em) {
        em.createNativeQuery("SELECT name FROM job_lease WHERE name = 'first-start' FOR UPDATE").getResultList();
    }
}
