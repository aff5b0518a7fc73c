import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import rw.paydesk.core.gateway.ListedTransaction;
import rw.paydesk.core.ledger.application.LedgerSteps;
import rw.paydesk.core.ledger.domain.Direction;
import rw.paydesk.core.ledger.domain.LedgerStatus;
import rw.paydesk.core.ledger.domain.Movement;
import rw.paydesk.core.platform.Migrations;
import rw.paydesk.core.reconciliation.application.MatchSteps;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reconciles N gateway transactions (default 100,000) in an embedded PostgreSQL 17 with the
 * project's migrations, through the same code a reconciliation turn runs:
 *
 * <ol>
 * <li>setup (not timed): PayDesk's own records of the movements are merged into the ledger
 * (LedgerSteps.applyLocal, as the ledger sync does), and the webhooks PayDesk received are
 * written to the webhook inbox;</li>
 * <li>timed: the gateway's transaction list, N rows in pages of 200, is merged into the ledger
 * (LedgerSteps.applyGateway, one transaction per page, as the sync does);</li>
 * <li>timed: the three-way match of every movement (MatchSteps.candidates, then match in
 * batches of 500, one transaction each), which stores every difference and its history.</li>
 * </ol>
 *
 * The entity manager factory batches its writes as the server's persistence unit does.
 *
 * <p>Faults are injected at fixed rates and the differences found are counted against them:
 * 1 % of the gateway's movements unknown to PayDesk, 1 % of PayDesk's sent records missing at
 * the gateway, 0.5 % wrong amounts, 0.5 % final statuses that disagree, 2 % of finished movements
 * without a webhook, 1 % with a duplicated webhook. Reading the list from the gateway over HTTP
 * is not included (see docs/PERFORMANCE.md).
 */
public class ReconciliationBench {

    static final Instant NOW = Instant.now();

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        try (EmbeddedPostgres pg = EmbeddedPostgres.start()) {
            Migrations.migrate(pg.getPostgresDatabase(), ReconciliationBench.class.getClassLoader());
            EntityManagerFactory emf = Persistence.createEntityManagerFactory("paydesk-test", Map.of(
                    "jakarta.persistence.jdbc.url", pg.getJdbcUrl("postgres", "postgres"),
                    "jakarta.persistence.jdbc.user", "postgres", "jakarta.persistence.jdbc.password", "postgres",
                    "eclipselink.jdbc.batch-writing", System.getProperty("batch", "JDBC"), "eclipselink.jdbc.batch-writing.size", "100"));

            long t0 = System.nanoTime();
            List<Movement> local = new ArrayList<>();
            List<ListedTransaction> listed = new ArrayList<>();
            int webhooks = 0;
            try (Connection c = pg.getPostgresDatabase().getConnection();
                 PreparedStatement hook = c.prepareStatement("INSERT INTO webhook_event (received_at, delivery_id, event, reference,"
                         + " gateway_status, transaction_id, dedupe_key, raw_body, status, outcome, processed_at, replay_count, version,"
                         + " amount, fee, currency) VALUES (?, ?, 'transaction.completed', ?, ?, ?, ?, '{}', ?, 'applied', ?, 0, 0, ?, ?, 'RWF')")) {
                c.setAutoCommit(false);
                for (int i = 1; i <= n; i++) {
                    String reference = "PDM" + String.format("%012d", i);
                    BigDecimal amount = BigDecimal.valueOf(100 + (i * 7919L) % 500_000);
                    BigDecimal fee = amount.multiply(new BigDecimal("0.07")).setScale(0, java.math.RoundingMode.UP);
                    boolean successful = i % 10 != 0;
                    String gatewayStatus = successful ? "successful" : "failed";
                    Instant at = NOW.minusSeconds(n - i);
                    if (i % 100 != 1) { // 1 %: the gateway's only
                        LedgerStatus ours = i % 200 == 2 ? (successful ? LedgerStatus.FAILED : LedgerStatus.SUCCESSFUL)
                                : successful ? LedgerStatus.SUCCESSFUL : LedgerStatus.FAILED;
                        local.add(new Movement(reference, Direction.COLLECTION, ours, ours.name(), amount, fee, "RWF",
                                "Mobile money", "mobile_money", "MTN", "788" + String.format("%06d", i % 1_000_000),
                                "tx" + i, at, at));
                    }
                    if (i % 100 != 3) { // 1 %: PayDesk's only
                        BigDecimal theirs = i % 200 == 4 ? amount.subtract(BigDecimal.TEN) : amount;
                        listed.add(new ListedTransaction((long) i, "collection", reference, "tx" + i, "mobile_money",
                                gatewayStatus, theirs, fee, "RWF", null, at, at));
                    }
                    int deliveries = i % 50 == 5 ? 0 : i % 100 == 7 ? 2 : 1; // 2 % none, 1 % twice
                    for (int d = 0; d < deliveries && i % 100 != 3; d++) {
                        hook.setObject(1, at.plusSeconds(2).atOffset(java.time.ZoneOffset.UTC));
                        hook.setString(2, "dlv-" + i + "-" + d);
                        hook.setString(3, reference);
                        hook.setString(4, gatewayStatus);
                        hook.setString(5, "tx" + i);
                        hook.setString(6, "k" + i);
                        hook.setString(7, d == 0 ? "PROCESSED" : "DUPLICATE");
                        hook.setObject(8, at.plusSeconds(2).atOffset(java.time.ZoneOffset.UTC));
                        hook.setBigDecimal(9, i % 200 == 4 ? amount.subtract(BigDecimal.TEN) : amount);
                        hook.setBigDecimal(10, fee);
                        hook.addBatch();
                        webhooks++;
                    }
                    if (i % 1000 == 0) {
                        hook.executeBatch();
                    }
                }
                hook.executeBatch();
                c.commit();
            }
            LedgerSteps steps = new LedgerSteps();
            for (int i = 0; i < local.size(); i += 500) {
                List<Movement> batch = local.subList(i, Math.min(local.size(), i + 500));
                inTransaction(emf, em -> steps.applyLocal(batch, NOW), steps);
            }
            System.out.printf("setup: %,d PayDesk records in the ledger, %,d webhooks in the inbox, in %.1f s%n",
                    local.size(), webhooks, (System.nanoTime() - t0) / 1e9);

            long t1 = System.nanoTime();
            for (int i = 0; i < listed.size(); i += 200) {
                List<ListedTransaction> page = listed.subList(i, Math.min(listed.size(), i + 200));
                inTransaction(emf, em -> steps.applyGateway(page, NOW), steps);
            }
            long t2 = System.nanoTime();
            System.out.printf("gateway's list merged: %,d rows in %,d pages of 200, %.1f s%n", listed.size(),
                    (listed.size() + 199) / 200, (t2 - t1) / 1e9);

            // what autovacuum does soon after a table grows by 10 %; without fresh statistics PostgreSQL's
            // generic plan for the batch look-ups (after 5 runs of a prepared statement) may scan the table
            try (Connection c = pg.getPostgresDatabase().getConnection()) {
                c.createStatement().execute("ANALYZE ledger_entry");
                c.createStatement().execute("ANALYZE webhook_event");
            }
            MatchSteps match = new MatchSteps();
            Set<String> candidates = inTransaction(emf, em -> match.candidates(Instant.EPOCH), match);
            List<String> all = new ArrayList<>(candidates);
            MatchSteps.Counts counts = MatchSteps.Counts.NONE;
            for (int i = 0; i < all.size(); i += MatchSteps.BATCH) {
                List<String> batch = all.subList(i, Math.min(all.size(), i + MatchSteps.BATCH));
                counts = counts.plus(inTransaction(emf, em -> match.match(batch, NOW, Duration.ofHours(1)), match));
            }
            long t3 = System.nanoTime();
            System.out.printf("three-way match: %,d movements, %,d differences found, in %.1f s%n", counts.matched(),
                    counts.found(), (t3 - t2) / 1e9);
            System.out.printf("reconciliation of %,d gateway transactions (merge + match): %.1f s%n%n", listed.size(),
                    (t3 - t1) / 1e9);

            try (Connection c = pg.getPostgresDatabase().getConnection();
                 var rs = c.createStatement().executeQuery("SELECT kind, count(*) FROM recon_difference GROUP BY kind ORDER BY kind")) {
                System.out.println("differences by kind (injected: MISSING_HERE 1 %, MISSING_AT_GATEWAY 1 %, AMOUNT 0.5 %,"
                        + " STATUS 0.5 %, WEBHOOK_MISSING ~2 % of those the gateway finished, WEBHOOK_DUPLICATED 1 %):");
                while (rs.next()) {
                    System.out.printf("  %-20s %,8d%n", rs.getString(1), rs.getLong(2));
                }
            }
            emf.close();
        }
    }

    /**
     * Runs work in a transaction of its own, as the REQUIRES_NEW step methods do in the server,
     * giving the bean the entity manager the container would inject.
     */
    static <T> T inTransaction(EntityManagerFactory emf, Function<EntityManager, T> work, Object bean) {
        EntityManager em = emf.createEntityManager();
        try {
            Field f = bean.getClass().getDeclaredField("em");
            f.setAccessible(true);
            f.set(bean, em);
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        } finally {
            em.close();
        }
    }
}
