package rw.paydesk.core.withdrawal;

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
import rw.paydesk.core.money.Money;
import rw.paydesk.core.party.Country;
import rw.paydesk.core.party.PhoneNumber;
import rw.paydesk.core.party.Reference;
import rw.paydesk.core.platform.Migrations;
import rw.paydesk.core.withdrawal.domain.Withdrawal;
import rw.paydesk.core.withdrawal.domain.WithdrawalStatus;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The withdrawal table and its mapping and queries, on PostgreSQL (embedded) and H2 in MODE=LEGACY. */
class WithdrawalSchemaIT {

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
        void a_withdrawal_survives_the_round_trip_and_is_found_by_each_query() {
            assertRoundTrip(emf);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnH2 {

        private EntityManagerFactory emf;

        @BeforeAll
        void start() throws Exception {
            Path dir = Files.createTempDirectory("paydesk-h2");
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

        @Test
        void a_withdrawal_survives_the_round_trip_and_is_found_by_each_query() {
            assertRoundTrip(emf);
        }
    }

    private static void assertRoundTrip(EntityManagerFactory emf) {
        Withdrawal open = Withdrawal.request("rwandapay", Reference.generate("PDW"), Money.of("10000", "RWF"),
                PhoneNumber.parse(Country.RW, "0788555777"), "MTN", "approver", NOW.minusSeconds(120));
        Withdrawal lost = Withdrawal.request("rwandapay", Reference.generate("PDW"), Money.of("20000", "RWF"),
                PhoneNumber.parse(Country.RW, "0722555777"), "Airtel", "approver", NOW.minusSeconds(120));
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            open.noteGatewayDetails("WDR-20261123-ABCDEF", BigDecimal.ZERO, NOW);
            open.advance(WithdrawalStatus.PENDING, null, "taken", NOW);
            em.persist(open);
            em.persist(lost);
            em.getTransaction().commit();
        } finally {
            em.close();
        }
        em = emf.createEntityManager();
        try {
            Withdrawal loaded = em.createNamedQuery(Withdrawal.BY_GATEWAY_REFERENCE, Withdrawal.class)
                    .setParameter("gatewayReference", "WDR-20261123-ABCDEF").getSingleResult();
            assertEquals(open.reference(), loaded.reference());
            assertEquals(WithdrawalStatus.PENDING, loaded.status());
            assertEquals(Money.of("10000", "RWF"), loaded.amount());
            assertEquals(NOW, loaded.updatedAt());
            List<String> due = em.createNamedQuery(Withdrawal.OPEN_DUE_FOR_CHECK, Withdrawal.class)
                    .setParameter("statuses", List.of(WithdrawalStatus.UNKNOWN, WithdrawalStatus.PENDING))
                    .setParameter("now", NOW).setParameter("madeBefore", NOW.minusSeconds(60))
                    .getResultStream().map(Withdrawal::reference).toList();
            assertEquals(List.of(open.reference()), due.stream().filter(r -> r.equals(open.reference()) || r.equals(lost.reference())).toList());
            List<String> uncheckable = em.createNamedQuery(Withdrawal.OPEN_WITHOUT_GATEWAY_REFERENCE, Withdrawal.class)
                    .setParameter("statuses", List.of(WithdrawalStatus.UNKNOWN, WithdrawalStatus.PENDING))
                    .setParameter("madeBefore", NOW.minusSeconds(60)).getResultStream().map(Withdrawal::reference).toList();
            assertEquals(List.of(lost.reference()), uncheckable.stream().filter(r -> r.equals(open.reference()) || r.equals(lost.reference())).toList());
        } finally {
            em.close();
        }
        Withdrawal twice = Withdrawal.request("rwandapay", new Reference(open.reference()), Money.of("10000", "RWF"),
                PhoneNumber.parse(Country.RW, "0788555777"), "MTN", "approver", NOW);
        EntityManager again = emf.createEntityManager();
        try {
            again.getTransaction().begin();
            assertThrows(RuntimeException.class, () -> {
                again.persist(twice);
                again.getTransaction().commit();
            }, "a reference is unique");
        } finally {
            if (again.getTransaction().isActive()) {
                again.getTransaction().rollback();
            }
            again.close();
        }
    }
}
