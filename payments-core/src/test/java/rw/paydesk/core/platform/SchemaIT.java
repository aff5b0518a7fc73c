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
import rw.paydesk.core.audit.domain.AuditAction;
import rw.paydesk.core.audit.domain.AuditEvent;
import rw.paydesk.core.identity.domain.Role;
import rw.paydesk.core.identity.domain.UserAccount;
import rw.paydesk.core.webhook.domain.ProcessingStatus;
import rw.paydesk.core.webhook.domain.WebhookEvent;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The migrations and the entity mappings on both databases PayDesk runs on: real
 * PostgreSQL (embedded) in production, H2 in MODE=LEGACY for the embedded default.
 */
class SchemaIT {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

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
                    "jakarta.persistence.jdbc.user", "postgres",
                    "jakarta.persistence.jdbc.password", "postgres"));
        }

        @AfterAll
        void stop() throws Exception {
            emf.close();
            postgres.close();
        }

        @Test
        void a_user_and_their_roles_survive_the_round_trip() {
            assertUserRoundTrip(emf, "pg-maker");
        }

        @Test
        void user_names_are_unique() {
            persist(emf, user("pg-twice"));
            assertThrows(RuntimeException.class, () -> persist(emf, user("pg-twice")));
        }

        @Test
        void the_audit_log_refuses_updates_and_deletes() throws SQLException {
            persist(emf, new AuditEvent(NOW, "admin", AuditAction.USER_CREATED, "someone", null, "127.0.0.1"));
            DataSource ds = postgres.getPostgresDatabase();
            SQLException update = assertThrows(SQLException.class, () -> execute(ds, "UPDATE audit_event SET actor = 'mallory'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            assertThrows(SQLException.class, () -> execute(ds, "DELETE FROM audit_event"));
            assertThrows(SQLException.class, () -> execute(ds, "TRUNCATE audit_event"));
        }

        @Test
        void a_webhook_event_keeps_a_large_raw_body_and_its_processing() {
            assertWebhookRoundTrip(emf);
        }

        @Test
        void migrating_again_changes_nothing() {
            assertEquals(0, Migrations.migrate(postgres.getPostgresDatabase(), getClass().getClassLoader()).migrationsExecuted);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnH2 {

        private EntityManagerFactory emf;
        private String url;

        @BeforeAll
        void start() throws Exception {
            Path dir = Files.createTempDirectory("paydesk-h2");
            url = "jdbc:h2:file:" + dir.resolve("paydesk") + ";MODE=LEGACY";
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

        @Test
        void a_user_and_their_roles_survive_the_round_trip() {
            assertUserRoundTrip(emf, "h2-maker");
        }

        @Test
        void a_webhook_event_keeps_a_large_raw_body_and_its_processing() {
            assertWebhookRoundTrip(emf);
        }

        @Test
        void audit_events_get_increasing_ids() {
            AuditEvent first = new AuditEvent(NOW, "admin", AuditAction.USER_CREATED, "a", null, null);
            AuditEvent second = new AuditEvent(NOW, "admin", AuditAction.USER_CREATED, "b", null, null);
            persist(emf, first);
            persist(emf, second);
            assertTrue(second.id() > first.id());
        }
    }

    private static void assertUserRoundTrip(EntityManagerFactory emf, String username) {
        UserAccount saved = user(username);
        persist(emf, saved);
        EntityManager em = emf.createEntityManager();
        try {
            UserAccount loaded = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                    .setParameter("username", username).getSingleResult();
            assertEquals(Set.of(Role.MAKER, Role.APPROVER), loaded.roles());
            assertEquals("Moses Maker", loaded.fullName());
            assertEquals(NOW, loaded.createdAt());
            assertTrue(loaded.enabled());
        } finally {
            em.close();
        }
    }

    /** The largest body the endpoint accepts, with characters beyond ASCII, read back unchanged. */
    private static void assertWebhookRoundTrip(EntityManagerFactory emf) {
        String filler = "Mukamana Bélise ✓ ".repeat(WebhookEvent.BODY_MAX / 10);
        String body = "{\"event\":\"transaction.completed\",\"status\":\"successful\",\"reference\":\"WH1234567\","
                + "\"transaction_id\":97,\"note\":\"" + filler + "\"}";
        body = body.substring(0, body.length() - 2 - (body.length() - WebhookEvent.BODY_MAX)) + "\"}";
        assertEquals(WebhookEvent.BODY_MAX, body.length());
        WebhookEvent saved = WebhookEvent.received(NOW, "d-1", body, "10.0.0.1", "DGS-Pay-Sandbox/2");
        persist(emf, saved);
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            WebhookEvent loaded = em.find(WebhookEvent.class, saved.id());
            assertEquals(body, loaded.rawBody());
            assertEquals(ProcessingStatus.RECEIVED, loaded.status());
            assertEquals(NOW, loaded.receivedAt());
            assertEquals(List.of(saved.id()), em.createNamedQuery(WebhookEvent.WITH_KEY, Long.class)
                    .setParameter("key", saved.dedupeKey()).setParameter("statuses", WebhookEvent.COUNTED)
                    .getResultList());
            loaded.processed(List.of("charge WH1234567: PENDING -> SUCCESSFUL"), NOW);
            em.getTransaction().commit();
        } finally {
            em.close();
        }
        em = emf.createEntityManager();
        try {
            WebhookEvent processed = em.find(WebhookEvent.class, saved.id());
            assertEquals(ProcessingStatus.PROCESSED, processed.status());
            assertEquals("charge WH1234567: PENDING -> SUCCESSFUL", processed.outcome());
            assertTrue(em.createNamedQuery(WebhookEvent.PENDING, Long.class).getResultList().isEmpty());
        } finally {
            em.close();
        }
        assertSecondDeliveryProcessedFirstMakesTheFirstADuplicate(emf);
        WebhookEvent malformed = WebhookEvent.received(NOW, "d-2", "<xml/>", "10.0.0.1", null);
        persist(emf, malformed);
        assertEquals(ProcessingStatus.MALFORMED, emf.createEntityManager().find(WebhookEvent.class, malformed.id()).status());
    }

    /** An insert can commit after a later one: whichever delivery was processed first counts. */
    private static void assertSecondDeliveryProcessedFirstMakesTheFirstADuplicate(EntityManagerFactory emf) {
        String body = "{\"event\":\"transaction.failed\",\"status\":\"failed\",\"reference\":\"RACE1234567\"}";
        WebhookEvent first = WebhookEvent.received(NOW, "r-1", body, null, null);
        WebhookEvent second = WebhookEvent.received(NOW, "r-2", body, null, null);
        persist(emf, first);
        persist(emf, second);
        EntityManager em = emf.createEntityManager();
        try {
            assertEquals(List.of(first.id()), sameEventBefore(em, second));
            assertEquals(List.of(), sameEventBefore(em, first));
            em.getTransaction().begin();
            em.find(WebhookEvent.class, second.id()).processed(List.of(), NOW);
            em.getTransaction().commit();
            assertEquals(List.of(second.id()), sameEventBefore(em, first));
        } finally {
            em.close();
        }
    }

    private static List<Long> sameEventBefore(EntityManager em, WebhookEvent event) {
        return em.createNamedQuery(WebhookEvent.SAME_EVENT_BEFORE, Long.class)
                .setParameter("key", event.dedupeKey()).setParameter("id", event.id()).getResultList();
    }

    private static UserAccount user(String username) {
        return new UserAccount(username, "Moses Maker", null, Set.of(Role.MAKER, Role.APPROVER), "hash", NOW);
    }

    private static void persist(EntityManagerFactory emf, Object entity) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            em.persist(entity);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static void execute(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
