package rw.paydesk.payouts;

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
import rw.paydesk.core.platform.Migrations;
import rw.paydesk.payouts.approval.domain.Approval;
import rw.paydesk.payouts.approval.domain.ApprovalPolicy;
import rw.paydesk.payouts.beneficiary.domain.Beneficiary;
import rw.paydesk.payouts.beneficiary.domain.BeneficiaryStatus;
import rw.paydesk.payouts.request.domain.Payout;
import rw.paydesk.payouts.request.domain.PayoutStatus;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The payouts' migration and mappings on both databases PayDesk runs on: real PostgreSQL
 * (embedded) in production, H2 in MODE=LEGACY for the embedded default. All modules'
 * migrations on the test classpath run, payments-core's included, as at start-up.
 */
class PayoutsSchemaIT {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private static final Duration COOLING_OFF = Beneficiary.DEFAULT_COOLING_OFF;
    private static final ApprovalPolicy POLICY = ApprovalPolicy.DEFAULT;

    /** What must hold on every database; each nested class supplies one. */
    abstract static class OnEveryDatabase {

        abstract EntityManagerFactory emf();

        abstract DataSource dataSource();

        @Test
        void a_payout_with_its_approvals_survives_the_round_trip_and_can_be_sent() {
            assertPayoutRoundTrip(emf());
        }

        @Test
        void a_bank_beneficiary_survives_the_round_trip() {
            assertBankRoundTrip(emf());
        }

        @Test
        void references_are_unique() {
            assertReferencesUnique(emf());
        }

        @Test
        void a_beneficiary_is_bank_or_mobile_never_half_of_each() {
            assertHalfBeneficiaryRefused(dataSource());
        }

        @Test
        void migrating_again_changes_nothing() {
            assertEquals(0, Migrations.migrate(dataSource(), getClass().getClassLoader()).migrationsExecuted);
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
            emf = Persistence.createEntityManagerFactory("payouts-test", Map.of(
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

        @Override
        DataSource dataSource() {
            return postgres.getPostgresDatabase();
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnH2 extends OnEveryDatabase {

        private EntityManagerFactory emf;
        private JdbcDataSource ds;

        @BeforeAll
        void start() throws Exception {
            Path dir = Files.createTempDirectory("payouts-h2");
            String url = "jdbc:h2:file:" + dir.resolve("paydesk") + ";MODE=LEGACY";
            ds = new JdbcDataSource();
            ds.setURL(url);
            ds.setUser("paydesk");
            ds.setPassword("paydesk");
            Migrations.migrate(ds, getClass().getClassLoader());
            emf = Persistence.createEntityManagerFactory("payouts-test", Map.of(
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

        @Override
        DataSource dataSource() {
            return ds;
        }
    }

    /**
     * A two-approver payout: one approval voided by the maker's edit, then two that count.
     * Read back, it still matches its fingerprint (amounts come back at scale 4) and may be sent.
     */
    private static void assertPayoutRoundTrip(EntityManagerFactory emf) {
        Beneficiary wallet = approvedWallet();
        persist(emf, wallet);
        Payout payout = Payout.request(wallet, Money.of("1500000", "RWF"), Currency.getInstance("RWF"), null,
                "Supplier invoice 118", new BigDecimal("1500000"), POLICY, "maker", COOLING_OFF, NOW);
        payout.approve("approver1", POLICY, NOW);
        payout.revise(wallet, Money.of("1600000", "RWF"), Currency.getInstance("RWF"), null, "Supplier invoice 118",
                new BigDecimal("1600000"), POLICY, "maker", COOLING_OFF, NOW.plusSeconds(1));
        payout.approve("approver1", POLICY, NOW.plusSeconds(2));
        persist(emf, payout);

        inTransaction(emf, em -> {
            Payout loaded = em.createNamedQuery(Payout.BY_REFERENCE, Payout.class)
                    .setParameter("reference", payout.reference().value()).getSingleResult();
            assertEquals(PayoutStatus.AWAITING_APPROVAL, loaded.status());
            assertEquals(Money.of("1600000", "RWF"), loaded.amount());
            assertEquals(2, loaded.requiredApprovals());
            assertEquals(loaded.contentFingerprint(), loaded.fingerprintOfContent());
            List<Approval> approvals = loaded.approvals();
            assertEquals(2, approvals.size());
            assertEquals("the maker changed the payout", approvals.get(0).voidReason());
            assertEquals(NOW.plus(Duration.ofHours(72)), approvals.get(0).expiresAt());
            assertEquals(1, loaded.countingApprovals(NOW.plusSeconds(3)).size());
            assertTrue(em.createNamedQuery(Payout.BY_STATUS, Payout.class)
                    .setParameter("statuses", List.of(PayoutStatus.AWAITING_APPROVAL)).getResultList().contains(loaded));
            assertTrue(loaded.approve("approver2", POLICY, NOW.plusSeconds(3)));
        });
        inTransaction(emf, em -> {
            Payout loaded = em.find(Payout.class, payout.id());
            assertEquals(PayoutStatus.APPROVED, loaded.status());
            assertEquals(3, loaded.approvals().size());
            loaded.startSubmission(em.find(Beneficiary.class, wallet.id()), COOLING_OFF, NOW.plusSeconds(4));
            loaded.advance(PayoutStatus.SUBMITTED, null, "Transfer created", NOW.plusSeconds(5));
            loaded.noteGatewayDetails("trf_7nyftY7EzWWgv7", new BigDecimal("500"));
        });
        inTransaction(emf, em -> {
            Payout loaded = em.find(Payout.class, payout.id());
            assertEquals(PayoutStatus.SUBMITTED, loaded.status());
            assertEquals(0, new BigDecimal("500").compareTo(loaded.fee()));
            assertEquals(NOW.plusSeconds(4), loaded.submittedAt());
        });
    }

    private static void assertBankRoundTrip(EntityManagerFactory emf) {
        Beneficiary bank = Beneficiary.bank("access_rwanda", "Access Bank Rwanda", "18287377638728", "Aline", "Mukamana",
                "aline@example.rw", "clerk", NOW);
        persist(emf, bank);
        inTransaction(emf, em -> {
            Beneficiary loaded = em.find(Beneficiary.class, bank.id());
            assertEquals(BeneficiaryStatus.PENDING_APPROVAL, loaded.status());
            assertEquals("Bank Access Bank Rwanda (access_rwanda) account 18287377638728, Aline Mukamana",
                    loaded.payoutDetails());
            assertTrue(em.createNamedQuery(Beneficiary.BY_STATUS, Beneficiary.class)
                    .setParameter("status", BeneficiaryStatus.PENDING_APPROVAL).getResultList().contains(loaded));
            loaded.approve("checker", NOW);
        });
        inTransaction(emf, em -> {
            Beneficiary loaded = em.find(Beneficiary.class, bank.id());
            assertEquals(BeneficiaryStatus.APPROVED, loaded.status());
            assertEquals(NOW, loaded.approvedAt());
            assertFalse(loaded.isUsableAt(NOW.plus(Duration.ofHours(23)), COOLING_OFF));
        });
    }

    private static void assertReferencesUnique(EntityManagerFactory emf) {
        Beneficiary wallet = approvedWallet();
        persist(emf, wallet);
        Payout first = Payout.request(wallet, Money.of("1000", "RWF"), Currency.getInstance("RWF"), null, "Rent",
                new BigDecimal("1000"), POLICY, "maker", COOLING_OFF, NOW);
        persist(emf, first);
        Payout copy = Payout.request(wallet, Money.of("1000", "RWF"), Currency.getInstance("RWF"), null, "Rent",
                new BigDecimal("1000"), POLICY, "maker", COOLING_OFF, NOW);
        try {
            var field = Payout.class.getDeclaredField("reference");
            field.setAccessible(true);
            field.set(copy, first.reference().value());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        assertThrows(RuntimeException.class, () -> persist(emf, copy));
    }

    private static void assertHalfBeneficiaryRefused(DataSource ds) {
        assertThrows(SQLException.class, () -> execute(ds, "INSERT INTO beneficiary (type, status, first_name, last_name,"
                + " bank_code, bank_name, account_number, phone, created_by, created_at, changed_by, changed_at, version)"
                + " VALUES ('BANK', 'PENDING_APPROVAL', 'A', 'B', 'x1', 'X', '12345', '788123456', 'c',"
                + " CURRENT_TIMESTAMP, 'c', CURRENT_TIMESTAMP, 0)"));
    }

    /** Jean Uwase's MTN wallet, approved two days ago: past its cooling-off. */
    private static Beneficiary approvedWallet() {
        Beneficiary b = Beneficiary.mobile(PhoneNumber.parse(Country.RW, "0788 123 456"), "MTN", "Jean", "Uwase",
                null, "clerk", NOW.minus(Duration.ofDays(3)));
        b.approve("checker", NOW.minus(Duration.ofDays(2)));
        return b;
    }

    private static void persist(EntityManagerFactory emf, Object entity) {
        inTransaction(emf, em -> em.persist(entity));
    }

    private static void inTransaction(EntityManagerFactory emf, Consumer<EntityManager> work) {
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

    private static void execute(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
