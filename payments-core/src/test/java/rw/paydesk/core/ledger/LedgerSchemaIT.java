package rw.paydesk.core.ledger;

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
import rw.paydesk.core.gateway.ListedTransaction;
import rw.paydesk.core.ledger.application.LedgerQueries;
import rw.paydesk.core.ledger.domain.Direction;
import rw.paydesk.core.ledger.domain.LedgerEntry;
import rw.paydesk.core.ledger.domain.LedgerFilter;
import rw.paydesk.core.ledger.domain.LedgerSort;
import rw.paydesk.core.ledger.domain.LedgerStatus;
import rw.paydesk.core.ledger.domain.Movement;
import rw.paydesk.core.platform.Migrations;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ledger's migration, mapping, search and lease on both databases: the page's filters and
 * sort find what a user expects, a reference is one row, and only one node holds the lease.
 */
class LedgerSchemaIT {

    private static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnPostgreSQL {
        private EmbeddedPostgres postgres;
        private EntityManagerFactory emf;

        @BeforeAll
        void start() throws Exception {
            postgres = EmbeddedPostgres.start();
            Migrations.migrate(postgres.getPostgresDatabase(), getClass().getClassLoader());
            emf = Persistence.createEntityManagerFactory("paydesk-test", Map.of(
                    "jakarta.persistence.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                    "jakarta.persistence.jdbc.user", "postgres", "jakarta.persistence.jdbc.password", "postgres"));
            fill(emf);
        }

        @AfterAll
        void stop() throws Exception {
            emf.close();
            postgres.close();
        }

        @Test
        void filters_and_sorting_find_the_right_rows() {
            assertSearches(emf);
        }

        @Test
        void a_reference_is_one_row() {
            assertOneRowPerReference(emf);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnH2 {
        private EntityManagerFactory emf;

        @BeforeAll
        void start() throws Exception {
            String url = "jdbc:h2:file:" + Files.createTempDirectory("paydesk-ledger-h2").resolve("paydesk") + ";MODE=LEGACY";
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL(url);
            ds.setUser("paydesk");
            ds.setPassword("paydesk");
            Migrations.migrate(ds, getClass().getClassLoader());
            emf = Persistence.createEntityManagerFactory("paydesk-test", Map.of("jakarta.persistence.jdbc.url", url,
                    "jakarta.persistence.jdbc.user", "paydesk", "jakarta.persistence.jdbc.password", "paydesk"));
            fill(emf);
        }

        @AfterAll
        void stop() {
            emf.close();
        }

        @Test
        void filters_and_sorting_find_the_right_rows() {
            assertSearches(emf);
        }

        @Test
        void a_reference_is_one_row() {
            assertOneRowPerReference(emf);
        }
    }

    /** 30 movements: every third a payout, MTN and Airtel collections; two more at the gateway only. */
    static void fill(EntityManagerFactory emf) {
        inTransaction(emf, em -> {
            for (int i = 0; i < 30; i++) {
                boolean payout = i % 3 == 0;
                Instant at = T0.plus(i, ChronoUnit.HOURS);
                em.persist(LedgerEntry.fromLocal(new Movement("PDREF" + String.format("%04d", i),
                        payout ? Direction.PAYOUT : Direction.COLLECTION,
                        i % 5 == 0 ? LedgerStatus.FAILED : LedgerStatus.SUCCESSFUL, null,
                        new BigDecimal(1000 + i), null, i % 10 == 9 ? "USD" : "RWF", payout ? "Payout" : "Mobile money",
                        "mobile_money", i % 2 == 0 ? "MTN" : "AIRTEL", (i % 2 == 0 ? "78" : "72") + String.format("%07d", i),
                        null, at, at), at));
            }
            em.persist(LedgerEntry.fromGateway(new ListedTransaction(77L, "collection", "DGS-ONLY-1", "77", "card",
                    "successful", new BigDecimal("50.00"), new BigDecimal("1.00"), "USD", null,
                    T0.minus(1, ChronoUnit.DAYS), T0.minus(1, ChronoUnit.DAYS)), T0).orElseThrow());
            em.persist(LedgerEntry.fromGateway(new ListedTransaction(80L, "collection", "DGS-OPEN-1", "80", "mobile_money",
                    "pending", new BigDecimal("5000"), null, "RWF", null,
                    T0.minus(2, ChronoUnit.DAYS), T0.minus(2, ChronoUnit.DAYS)), T0).orElseThrow());
        });
    }

    static void assertSearches(EntityManagerFactory emf) {
        read(emf, em -> {
            List<LedgerEntry> first = LedgerQueries.page(em, LedgerFilter.none(), LedgerSort.newestFirst(), 0, 10);
            assertEquals(10, first.size());
            assertEquals("PDREF0029", first.get(0).reference(), "newest first");
            assertEquals(32, LedgerQueries.count(em, LedgerFilter.none()));
            assertEquals(80L, em.createNamedQuery(LedgerEntry.OLDEST_OPEN_AT_GATEWAY, Long.class)
                    .setParameter("finalWords", LedgerStatus.FINAL_WORDS)
                    .setParameter("since", T0.minus(3, ChronoUnit.DAYS)).getSingleResult(),
                    "the gateway still has it pending: the sync reads back to it");
            assertEquals(null, em.createNamedQuery(LedgerEntry.OLDEST_OPEN_AT_GATEWAY, Long.class)
                    .setParameter("finalWords", LedgerStatus.FINAL_WORDS)
                    .setParameter("since", T0).getSingleResult(), "older than the look-back");

            LedgerFilter payouts = new LedgerFilter(null, null, Direction.PAYOUT, null, null, null, null, null);
            assertEquals(10, LedgerQueries.count(em, payouts));
            assertTrue(LedgerQueries.page(em, payouts, LedgerSort.newestFirst(), 0, 50).stream()
                    .allMatch(e -> e.direction() == Direction.PAYOUT));

            LedgerFilter failedRwf = new LedgerFilter(null, null, null, LedgerStatus.FAILED, "rwf", null, null, null);
            assertEquals(6, LedgerQueries.count(em, failedRwf));

            LedgerFilter period = new LedgerFilter(T0.plus(5, ChronoUnit.HOURS), T0.plus(8, ChronoUnit.HOURS),
                    null, null, null, null, null, null);
            assertEquals(List.of("PDREF0005", "PDREF0006", "PDREF0007"),
                    LedgerQueries.page(em, period, new LedgerSort(LedgerSort.Column.CREATED, true), 0, 50)
                            .stream().map(LedgerEntry::reference).toList());

            assertEquals(15, LedgerQueries.count(em, new LedgerFilter(null, null, null, null, null, "mtn", null, null)));
            assertEquals(List.of("PDREF0012"), LedgerQueries.page(em,
                    new LedgerFilter(null, null, null, null, null, null, null, "+250 78 0000012"), LedgerSort.newestFirst(), 0, 50)
                    .stream().map(LedgerEntry::reference).toList());
            assertEquals(List.of("PDREF0012"), LedgerQueries.page(em,
                    new LedgerFilter(null, null, null, null, null, null, null, "0780000012"), LedgerSort.newestFirst(), 0, 50)
                    .stream().map(LedgerEntry::reference).toList());
            assertEquals(10, LedgerQueries.count(em, new LedgerFilter(null, null, null, null, null, null, "pdref001", null)));
            assertEquals(0, LedgerQueries.count(em, new LedgerFilter(null, null, null, null, null, null, "PDREF%", null)),
                    "a % typed is a character, not a wildcard");

            List<LedgerEntry> byAmount = LedgerQueries.page(em, LedgerFilter.none(),
                    new LedgerSort(LedgerSort.Column.AMOUNT, true), 0, 2);
            assertEquals("DGS-ONLY-1", byAmount.get(0).reference());
            assertEquals("Gateway", byAmount.get(0).knownBy());
            assertEquals("PDREF0000", byAmount.get(1).reference());
            // pages never overlap
            List<LedgerEntry> second = LedgerQueries.page(em, LedgerFilter.none(), LedgerSort.newestFirst(), 10, 10);
            assertTrue(second.stream().noneMatch(first::contains));
        });
    }

    static void assertOneRowPerReference(EntityManagerFactory emf) {
        inTransaction(emf, em -> {
            LedgerEntry e = em.createNamedQuery(LedgerEntry.BY_REFERENCE, LedgerEntry.class)
                    .setParameter("reference", "PDREF0004").getSingleResult();
            assertTrue(e.mergeGateway(new ListedTransaction(904L, "collection", "PDREF0004", "904", "mobile_money",
                    "successful", new BigDecimal("1004"), new BigDecimal("71"), "RWF", null, T0, T0.plusSeconds(60)),
                    T0.plusSeconds(90)));
        });
        read(emf, em -> {
            LedgerEntry e = em.createNamedQuery(LedgerEntry.BY_REFERENCE, LedgerEntry.class)
                    .setParameter("reference", "PDREF0004").getSingleResult();
            assertEquals("Both", e.knownBy());
            assertEquals(0, new BigDecimal("71").compareTo(e.fee()));
            assertEquals(904L, e.gatewayId());
            assertEquals(LedgerStatus.SUCCESSFUL, e.status());
        });
        Instant at = T0;
        assertThrows(RuntimeException.class, () -> inTransaction(emf, em -> em.persist(LedgerEntry.fromLocal(
                new Movement("PDREF0001", Direction.COLLECTION, LedgerStatus.PENDING, null, BigDecimal.TEN, null, "RWF",
                        "Mobile money", "mobile_money", "MTN", "780000001", null, at, at), at))));
    }

    static void inTransaction(EntityManagerFactory emf, Consumer<EntityManager> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    static void read(EntityManagerFactory emf, Consumer<EntityManager> work) {
        EntityManager em = emf.createEntityManager();
        try {
            work.accept(em);
        } finally {
            em.close();
        }
    }
}
