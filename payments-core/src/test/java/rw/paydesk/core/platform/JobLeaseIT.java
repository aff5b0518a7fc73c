package rw.paydesk.core.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two nodes compete for a job's lease (reconciliation's) on both databases: one turn, one node. */
class JobLeaseIT {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final Duration TURN = Duration.ofMinutes(5);
    private static final String JOB = "reconciliation";

    abstract static class OnEveryDatabase {

        abstract EntityManagerFactory emf();

        @Test
        void one_node_holds_the_lease_until_it_runs_out() {
            assertTrue(acquire("node-a", NOW), "a free lease is taken");
            assertFalse(acquire("node-b", NOW.plusSeconds(10)), "another node skips the turn");
            assertTrue(acquire("node-a", NOW.plusSeconds(20)), "the holder may renew it");
            assertFalse(acquire("node-b", NOW.plus(TURN).plusSeconds(10)), "renewed: still held");
            assertTrue(acquire("node-b", NOW.plusSeconds(20).plus(TURN)), "once run out, the next node takes it");
            assertFalse(acquire("node-a", NOW.plusSeconds(30).plus(TURN)));

            release("node-b"); // node-b stops cleanly
            assertTrue(acquire("node-a", NOW.plusSeconds(40).plus(TURN)), "a released lease is taken at once");
            release("node-b"); // a node that does not hold it cannot give it away
            assertFalse(acquire("node-b", NOW.plusSeconds(50).plus(TURN)));
        }

        @Test
        void every_run_is_noted_with_its_node_and_runs_older_than_a_week_are_forgotten() {
            String job = "test-job-" + System.nanoTime();
            inTransaction(lease -> {
                lease.node = "node-a";
                lease.noteRun(job, NOW.minus(Duration.ofDays(8)), NOW.minus(Duration.ofDays(8)).plusSeconds(1));
                return null;
            });
            inTransaction(lease -> {
                lease.node = "node-b";
                lease.noteRun(job, NOW, NOW.plusSeconds(2));
                return null;
            });
            List<String> nodes = inTransaction(lease -> lease.em.createNativeQuery(
                    "SELECT node FROM job_run WHERE job = ? ORDER BY started_at").setParameter(1, job).getResultList()
                    .stream().map(String::valueOf).toList());
            assertEquals(List.of("node-b"), nodes, "the run of last week is kept no more");
        }

        private void release(String node) {
            inTransaction(lease -> {
                lease.node = node;
                lease.release(JOB);
                return null;
            });
        }

        private boolean acquire(String node, Instant at) {
            return inTransaction(lease -> {
                lease.node = node;
                return lease.acquire(JOB, at, TURN);
            });
        }

        private <T> T inTransaction(Function<JobLease, T> work) {
            EntityManager em = emf().createEntityManager();
            try {
                em.getTransaction().begin();
                JobLease lease = new JobLease();
                lease.em = em;
                T result = work.apply(lease);
                em.getTransaction().commit();
                return result;
            } finally {
                em.close();
            }
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnPostgreSQL extends OnEveryDatabase {

        private EmbeddedPostgres postgres;
        private EntityManagerFactory emf;

        @BeforeAll
        void start() throws Exception {
            postgres = EmbeddedPostgres.start();
            Migrations.migrate(postgres.getPostgresDatabase(), getClass().getClassLoader());
            emf = Persistence.createEntityManagerFactory("paydesk-test", Map.of(
                    "jakarta.persistence.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                    "jakarta.persistence.jdbc.user", "postgres",
                    "jakarta.persistence.jdbc.password", "postgres"));
        }

        @AfterAll
        void stop() throws Exception {
            emf.close();
            postgres.close();
        }

        @Override
        EntityManagerFactory emf() {
            return emf;
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnH2 extends OnEveryDatabase {

        private EntityManagerFactory emf;

        @BeforeAll
        void start() throws Exception {
            Path dir = Files.createTempDirectory("paydesk-lease");
            String url = "jdbc:h2:file:" + dir.resolve("paydesk") + ";MODE=LEGACY";
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL(url);
            ds.setUser("paydesk");
            ds.setPassword("paydesk");
            Migrations.migrate(ds, getClass().getClassLoader());
            emf = Persistence.createEntityManagerFactory("paydesk-test", Map.of(
                    "jakarta.persistence.jdbc.url", url,
                    "jakarta.persistence.jdbc.user", "paydesk",
                    "jakarta.persistence.jdbc.password", "paydesk"));
        }

        @AfterAll
        void stop() {
            emf.close();
        }

        @Override
        EntityManagerFactory emf() {
            return emf;
        }
    }
}
