import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.h2.jdbcx.JdbcDataSource;
import rw.paydesk.core.gateway.Bank;
import rw.paydesk.core.platform.Migrations;
import rw.paydesk.payouts.approval.domain.ApprovalPolicy;
import rw.paydesk.payouts.batch.application.BatchHistory;
import rw.paydesk.payouts.batch.domain.BatchCheck;
import rw.paydesk.payouts.batch.domain.BatchFile;
import rw.paydesk.payouts.batch.domain.BatchRow;
import rw.paydesk.payouts.batch.domain.BatchSummary;
import rw.paydesk.payouts.batch.domain.PayoutBatch;
import rw.paydesk.payouts.batch.infrastructure.BatchRowWriter;
import rw.paydesk.payouts.beneficiary.domain.BeneficiaryType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Times what an upload of a bulk payout file costs on the server, without HTTP and the page:
 * read the CSV, check every row (bank list handed in, as fetched once), look up duplicates of
 * the last 30 days and the approved payees (a few queries), build the summary, and store the
 * batch with its rows (JDBC batch insert), on H2 and on an embedded PostgreSQL 17.
 *
 * <p>Each database gets RUNS files of ROWS rows, each with other payees, so later runs query a
 * history that grows by ROWS rows a run. The first run is warm-up.
 */
public class BulkValidationBench {

    static final List<Bank> BANKS = List.of(new Bank("access_rwanda", "30", "Access Bank Rwanda"),
            new Bank("bank_of_kigali", "40", "Bank of Kigali"), new Bank("equity_bank", "43", "Equity Bank Rwanda"));

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        System.out.printf("%d rows a file, %d runs a database (the first is warm-up)%n", rows, runs);

        Path dir = Files.createTempDirectory("bulk-bench-h2");
        String url = "jdbc:h2:file:" + dir.resolve("paydesk") + ";MODE=LEGACY";
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser("paydesk");
        h2.setPassword("paydesk");
        Migrations.migrate(h2, BulkValidationBench.class.getClassLoader());
        run("H2 (file)", Persistence.createEntityManagerFactory("payouts-test", Map.of(
                "jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.user", "paydesk",
                "jakarta.persistence.jdbc.password", "paydesk")), rows, runs);

        try (EmbeddedPostgres pg = EmbeddedPostgres.start()) {
            Migrations.migrate(pg.getPostgresDatabase(), BulkValidationBench.class.getClassLoader());
            run("PostgreSQL 17 (embedded)", Persistence.createEntityManagerFactory("payouts-test", Map.of(
                    "jakarta.persistence.jdbc.url", pg.getJdbcUrl("postgres", "postgres"),
                    "jakarta.persistence.jdbc.user", "postgres", "jakarta.persistence.jdbc.password", "postgres")),
                    rows, runs);
        }
    }

    static void run(String database, EntityManagerFactory emf, int rows, int runs) throws Exception {
        System.out.printf("%n%s%n%-4s %10s %12s %10s %10s %10s %10s%n", database, "run", "file bytes", "read+check",
                "history", "store", "total", "history rows");
        for (int run = 0; run < runs; run++) {
            byte[] file = file(rows, run);
            EntityManager em = emf.createEntityManager();
            try {
                em.getTransaction().begin();
                long t0 = System.nanoTime();
                BatchCheck check = BatchCheck.of(BatchFile.parse(file, new BatchFile.Limits(5 << 20, 10_000), false),
                        new BatchCheck.Rules(new BigDecimal("100"), new BigDecimal("5000000"), BANKS,
                                BulkValidationBench::fee, List.of()));
                long t1 = System.nanoTime();
                BatchHistory history = new BatchHistory();
                var field = BatchHistory.class.getDeclaredField("em");
                field.setAccessible(true);
                field.set(history, em);
                check.againstHistory(history.recent(check.payeeKeys(), Instant.now().minus(Duration.ofDays(30))),
                        history.approvedPayees());
                if (check.hasErrors()) {
                    throw new IllegalStateException("the generated file has errors: " + check.errors().get(0));
                }
                BatchSummary.of(check.lines());
                long t2 = System.nanoTime();
                Instant now = Instant.now();
                List<BatchRow> batchRows = check.lines().stream().map(l -> BatchRow.of(l, now)).toList();
                PayoutBatch batch = PayoutBatch.upload("bench.csv", batchRows, ApprovalPolicy.DEFAULT, "bench", now);
                em.persist(batch);
                em.flush();
                batchRows.forEach(r -> r.belongsTo(batch.id()));
                BatchRowWriter.insert(em.unwrap(Connection.class), batchRows);
                em.getTransaction().commit();
                long t3 = System.nanoTime();
                System.out.printf("%-4s %10d %9.0f ms %7.0f ms %7.0f ms %7.0f ms %10d%s%n", run + 1, file.length,
                        ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t3 - t0), run * rows, run == 0 ? "  (warm-up)" : "");
            } finally {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                em.close();
            }
        }
        emf.close();
    }

    static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    static BigDecimal fee(BeneficiaryType type, BigDecimal amount) {
        return type == BeneficiaryType.BANK ? new BigDecimal("500")
                : amount.divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).max(new BigDecimal("100"));
    }

    /** Half wallets (MTN and Airtel), half bank accounts, every payee new to the run. */
    static byte[] file(int rows, int run) {
        StringBuilder csv = new StringBuilder(String.join(",", BatchFile.COLUMNS)).append('\n');
        String[] prefixes = {"078", "079", "072", "073"};
        for (int i = 0; i < rows; i++) {
            int id = run * 100_000 + i;
            if (i % 2 == 0) {
                csv.append(String.format("mobile,,,%s%07d,,Jean Pierre,Habimana,,%d,\"Salary, May\"%n",
                        prefixes[(i / 2) % 4], id, 1000 + i));
            } else {
                csv.append(String.format("bank,%s,%012d,,,Grace,Uwase-Mukamana,grace%d@example.rw,%d,Invoice %d%n",
                        BANKS.get(i % 3).codeName(), 40_000_000_000L + id, i, 5000 + i, i));
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
