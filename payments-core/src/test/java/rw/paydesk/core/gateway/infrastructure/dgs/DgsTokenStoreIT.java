package rw.paydesk.core.gateway.infrastructure.dgs;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import rw.paydesk.core.platform.Migrations;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two nodes share the gateway token through PostgreSQL: the node that finds none fetches it,
 * a node that asks while that fetch is under way waits and takes the same token, and a token
 * that is refused or of another account is replaced.
 */
class DgsTokenStoreIT {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final Predicate<DgsToken> USABLE = t -> t.expiresAt().isAfter(NOW.plusSeconds(30));

    private static EmbeddedPostgres postgres;
    private static EntityManagerFactory emf;
    private final AtomicInteger fetches = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.start();
        Migrations.migrate(postgres.getPostgresDatabase(), DgsTokenStoreIT.class.getClassLoader());
        emf = Persistence.createEntityManagerFactory("paydesk-test", Map.of(
                "jakarta.persistence.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "jakarta.persistence.jdbc.user", "postgres",
                "jakarta.persistence.jdbc.password", "postgres"));
    }

    @AfterAll
    static void stop() throws Exception {
        emf.close();
        postgres.close();
    }

    @Test
    void one_fetch_serves_every_node_until_the_token_is_refused_or_the_account_changes() {
        DgsToken first = takeOrFetch("ACC-1", USABLE, fetcher("T1"));
        assertEquals("T1", first.value());
        assertEquals("T1", takeOrFetch("ACC-1", USABLE, fetcher("T2")).value(), "the other node takes the stored token");
        assertEquals(1, fetches.get());

        // the gateway refused T1: the next one replaces it for every node
        assertEquals("T3", takeOrFetch("ACC-1", t -> !t.value().equals("T1"), fetcher("T3")).value());
        assertEquals("T3", takeOrFetch("ACC-1", USABLE, fetcher("T4")).value());
        // another account (the configuration changed) never uses the stored token
        assertEquals("T5", takeOrFetch("ACC-2", USABLE, fetcher("T5")).value());
        assertEquals(3, fetches.get());
    }

    @Test
    void a_node_asking_while_another_fetches_waits_for_that_token() throws Exception {
        takeOrFetch("ACC-3", t -> false, () -> new DgsToken("old", NOW.minusSeconds(1))); // a spent token
        CountDownLatch fetching = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        CompletableFuture<DgsToken> nodeA = CompletableFuture.supplyAsync(() -> takeOrFetch("ACC-3", USABLE, () -> {
            fetching.countDown();
            await(answer); // the gateway takes its time; node A holds the row meanwhile
            fetches.incrementAndGet();
            return new DgsToken("from-A", NOW.plus(Duration.ofMinutes(10)));
        }));
        assertTrue(fetching.await(10, TimeUnit.SECONDS));
        CompletableFuture<DgsToken> nodeB = CompletableFuture.supplyAsync(() -> takeOrFetch("ACC-3", USABLE, fetcher("from-B")));
        Instant until = Instant.now().plusSeconds(10);
        while (!waitingForALock() && Instant.now().isBefore(until)) {
            Thread.sleep(20); // polling PostgreSQL for node B's blocked query
        }
        assertTrue(waitingForALock(), "node B waits on the row node A holds");
        answer.countDown();
        assertEquals("from-A", nodeA.get(20, TimeUnit.SECONDS).value());
        assertEquals("from-A", nodeB.get(20, TimeUnit.SECONDS).value(), "node B waited for node A's token");
        assertEquals(1, fetches.get(), "one fetch for both nodes");
    }

    private Supplier<DgsToken> fetcher(String value) {
        return () -> {
            fetches.incrementAndGet();
            return new DgsToken(value, NOW.plus(Duration.ofMinutes(10)));
        };
    }

    /** One call in a transaction of its own, as the EJB container runs it. */
    private static DgsToken takeOrFetch(String account, Predicate<DgsToken> good, Supplier<DgsToken> fetch) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            DgsTokenStore store = new DgsTokenStore();
            store.em = em;
            DgsToken token = store.takeOrFetch(account, good, fetch);
            em.getTransaction().commit();
            return token;
        } finally {
            em.close();
        }
    }

    private static boolean waitingForALock() throws java.sql.SQLException {
        try (java.sql.Connection c = postgres.getPostgresDatabase().getConnection();
             java.sql.ResultSet r = c.createStatement().executeQuery(
                     "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%gateway_token%'")) {
            r.next();
            return r.getInt(1) > 0;
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
