package rw.paydesk.payouts.batch.application;

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
import rw.paydesk.core.gateway.Bank;
import rw.paydesk.core.platform.Migrations;
import rw.paydesk.payouts.approval.domain.ApprovalPolicy;
import rw.paydesk.payouts.batch.domain.BatchCheck;
import rw.paydesk.payouts.batch.domain.BatchFile;
import rw.paydesk.payouts.batch.domain.BatchLine;
import rw.paydesk.payouts.batch.domain.BatchRow;
import rw.paydesk.payouts.batch.domain.BatchRowStatus;
import rw.paydesk.payouts.batch.domain.BatchStatus;
import rw.paydesk.payouts.batch.domain.PayoutBatch;
import rw.paydesk.payouts.batch.infrastructure.BatchRowWriter;
import rw.paydesk.payouts.beneficiary.domain.BeneficiaryType;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bulk payouts on both databases: a file of 5,000 rows is checked, compared with the recent
 * past in a few queries and stored by JDBC batch insert; the mapping reads back exactly what
 * was approved (same fingerprint); a row is claimed once only; the batch finishes when every
 * row has its outcome; a re-upload of the same file is caught as duplicates.
 */
class PayoutBatchSchemaIT {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private static final List<Bank> BANKS = List.of(new Bank("access_rwanda", "30", "Access Bank Rwanda"),
            new Bank("bank_of_kigali", "40", "Bank of Kigali"));
    private static final BatchCheck.Rules RULES = new BatchCheck.Rules(new BigDecimal("100"), new BigDecimal("5000000"),
            BANKS, PayoutBatchSchemaIT::fee, List.of());

    static BigDecimal fee(BeneficiaryType type, BigDecimal amount) {
        return type == BeneficiaryType.BANK ? new BigDecimal("500")
                : amount.divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).max(new BigDecimal("100"));
    }

    /** A file of {@code rows} payouts, half to wallets, half to bank accounts, all different. */
    static byte[] file(int rows, int seed) {
        StringBuilder csv = new StringBuilder(String.join(",", BatchFile.COLUMNS)).append('\n');
        for (int i = 0; i < rows; i++) {
            if (i % 2 == 0) {
                csv.append(String.format("mobile,,,07%d%07d,,Jean,Mugisha,,%d,\"Salary, May\"%n", 8 + (i / 2) % 2, seed + i,
                        1000 + i));
            } else {
                csv.append(String.format("bank,access_rwanda,%012d,,,Grace,Uwase,grace%d@example.rw,%d,Invoice %d%n",
                        seed + i, i, 5000 + i, i));
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    abstract static class OnEveryDatabase {

        abstract EntityManagerFactory emf();

        @Test
        void a_file_of_5000_rows_is_checked_stored_and_read_back_as_approved() {
            BatchCheck check = BatchCheck.of(BatchFile.parse(file(5000, 1_000_000), new BatchFile.Limits(5 << 20, 10_000),
                    false), RULES);
            assertFalse(check.hasErrors(), () -> check.errors().subList(0, 3).toString());
            BatchHistory history = new BatchHistory();
            PayoutBatch batch = inTransaction(emf(), em -> {
                history.em = em;
                check.againstHistory(history.recent(check.payeeKeys(), NOW.minus(Duration.ofDays(30))),
                        history.approvedPayees());
                return store(em, check.lines());
            });
            assertEquals(5000, batch.rowCount());
            assertEquals(5000, check.lines().stream().filter(BatchLine::newPayee).count());

            inTransaction(emf(), em -> {
                PayoutBatch loaded = em.find(PayoutBatch.class, batch.id());
                List<BatchRow> rows = em.createNamedQuery(BatchRow.OF_BATCH, BatchRow.class)
                        .setParameter("batchId", batch.id()).getResultList();
                assertEquals(5000, rows.size());
                assertEquals(2, rows.get(0).line());
                assertEquals("Salary, May", rows.get(0).description());
                assertEquals("MTN", rows.get(0).provider());
                assertEquals(BatchRowStatus.PENDING, rows.get(1).status());
                assertEquals(loaded.contentFingerprint(), loaded.fingerprintOf(rows), "what was stored is what is approved");
                assertEquals(batch.total(), loaded.total());
                loaded.submitForApproval("maker", NOW);
                loaded.approve("approver", ApprovalPolicy.DEFAULT, NOW);
                loaded.approve("approver2", ApprovalPolicy.DEFAULT, NOW);
                loaded.startSending(rows, NOW);
                return null;
            });
            assertEquals(BatchStatus.SENDING, inTransaction(emf(), em -> em.find(PayoutBatch.class, batch.id()).status()));
        }

        @Test
        void a_row_is_claimed_once_and_the_batch_finishes_with_its_last_row() {
            BatchCheck check = BatchCheck.of(BatchFile.parse(file(2, 2_000_000), new BatchFile.Limits(1 << 20, 10), false),
                    RULES).againstHistory(Map.of(), Set.of());
            PayoutBatch batch = inTransaction(emf(), em -> {
                PayoutBatch b = store(em, check.lines());
                b.submitForApproval("maker", NOW);
                b.approve("approver", ApprovalPolicy.DEFAULT, NOW);
                return b;
            });
            List<Long> ids = inTransaction(emf(), em -> {
                List<BatchRow> rows = em.createNamedQuery(BatchRow.OF_BATCH, BatchRow.class)
                        .setParameter("batchId", batch.id()).getResultList();
                em.find(PayoutBatch.class, batch.id()).startSending(rows, NOW);
                return rows.stream().map(BatchRow::id).toList();
            });
            assertEquals(1, (int) inTransaction(emf(), em -> claim(em, ids.get(0))));
            assertEquals(0, (int) inTransaction(emf(), em -> claim(em, ids.get(0))), "a second claim gets nothing");
            assertEquals(0, (int) inTransaction(emf(), em -> BatchRecords.finish(em, batch.id(), NOW)), "rows are still open");
            inTransaction(emf(), em -> {
                em.find(BatchRow.class, ids.get(0)).advance(BatchRowStatus.COMPLETED, null, null, NOW);
                claim(em, ids.get(1));
                return null;
            });
            inTransaction(emf(), em -> {
                BatchRow second = em.find(BatchRow.class, ids.get(1), Map.of("eclipselink.refresh", "true"));
                assertEquals(BatchRowStatus.SENDING, second.status());
                second.advance(BatchRowStatus.FAILED, "insufficient_balance", "Insufficient balance", NOW);
                return null;
            });
            assertEquals(1, (int) inTransaction(emf(), em -> BatchRecords.finish(em, batch.id(), NOW)));
            assertEquals(BatchStatus.FINISHED, inTransaction(emf(), em -> em.find(PayoutBatch.class, batch.id(),
                    Map.of("eclipselink.refresh", "true")).status()));
        }

        @Test
        void the_same_file_again_is_caught_as_duplicates_unless_its_batch_was_cancelled() {
            byte[] content = file(4, 3_000_000);
            BatchCheck first = BatchCheck.of(BatchFile.parse(content, new BatchFile.Limits(1 << 20, 10), false), RULES)
                    .againstHistory(Map.of(), Set.of());
            PayoutBatch batch = inTransaction(emf(), em -> store(em, first.lines()));
            BatchHistory history = new BatchHistory();
            BatchCheck again = BatchCheck.of(BatchFile.parse(content, new BatchFile.Limits(1 << 20, 10), false), RULES);
            inTransaction(emf(), em -> {
                history.em = em;
                return again.againstHistory(history.recent(again.payeeKeys(), NOW.minus(Duration.ofDays(30))), Set.of());
            });
            assertEquals(4, again.errors().size());
            assertTrue(again.errors().get(0).message().contains("line 2 of batch " + batch.reference().value()),
                    again.errors().get(0).message());

            inTransaction(emf(), em -> {
                em.find(PayoutBatch.class, batch.id()).cancel("maker", NOW);
                return null;
            });
            BatchCheck afterCancel = BatchCheck.of(BatchFile.parse(content, new BatchFile.Limits(1 << 20, 10), false), RULES);
            inTransaction(emf(), em -> {
                history.em = em;
                return afterCancel.againstHistory(history.recent(afterCancel.payeeKeys(), NOW.minus(Duration.ofDays(30))),
                        Set.of());
            });
            assertFalse(afterCancel.hasErrors(), afterCancel.errors().toString());
        }

        @Test
        void a_row_is_bank_or_mobile_never_half_of_each() {
            BatchCheck check = BatchCheck.of(BatchFile.parse(file(1, 4_000_000), new BatchFile.Limits(1 << 20, 10), false),
                    RULES).againstHistory(Map.of(), Set.of());
            assertThrows(RuntimeException.class, () -> inTransaction(emf(), em -> {
                PayoutBatch b = store(em, check.lines());
                em.unwrap(Connection.class).createStatement().executeUpdate(
                        "UPDATE payout_batch_row SET bank_code = 'access_rwanda' WHERE batch_id = " + b.id());
                return null;
            }));
        }
    }

    static PayoutBatch store(EntityManager em, List<BatchLine> lines) {
        List<BatchRow> rows = lines.stream().map(l -> BatchRow.of(l, NOW)).toList();
        PayoutBatch batch = PayoutBatch.upload("payouts.csv", rows, ApprovalPolicy.DEFAULT, "maker", NOW);
        em.persist(batch);
        em.flush();
        rows.forEach(r -> r.belongsTo(batch.id()));
        try {
            BatchRowWriter.insert(em.unwrap(Connection.class), rows);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return batch;
    }

    /** The claim of BatchRecords: PENDING → SENDING only if still PENDING and the batch is SENDING. */
    static int claim(EntityManager em, long rowId) {
        return em.createQuery("update BatchRow r set r.status = :sending, r.sendAttempts = r.sendAttempts + 1,"
                        + " r.updatedAt = :now, r.version = r.version + 1 where r.id = :id and r.status = :pending"
                        + " and r.batchId in (select b.id from PayoutBatch b where b.status = :batchSending)")
                .setParameter("sending", BatchRowStatus.SENDING).setParameter("pending", BatchRowStatus.PENDING)
                .setParameter("batchSending", BatchStatus.SENDING).setParameter("now", NOW).setParameter("id", rowId)
                .executeUpdate();
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
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnH2 extends OnEveryDatabase {

        private EntityManagerFactory emf;

        @BeforeAll
        void start() throws Exception {
            Path dir = Files.createTempDirectory("batches-h2");
            String url = "jdbc:h2:file:" + dir.resolve("paydesk") + ";MODE=LEGACY";
            DataSource ds = dataSource(url);
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
    }

    private static DataSource dataSource(String url) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser("paydesk");
        ds.setPassword("paydesk");
        return ds;
    }

    /** Work that may throw checked exceptions, in one transaction. */
    interface Work<T> {
        T apply(EntityManager em) throws Exception;
    }

    static <T> T inTransaction(EntityManagerFactory emf, Work<T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

}
