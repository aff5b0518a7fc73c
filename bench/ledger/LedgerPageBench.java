import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import rw.paydesk.core.ledger.application.LedgerQueries;
import rw.paydesk.core.ledger.domain.Direction;
import rw.paydesk.core.ledger.domain.LedgerFilter;
import rw.paydesk.core.ledger.domain.LedgerSort;
import rw.paydesk.core.ledger.domain.LedgerStatus;
import rw.paydesk.core.platform.Migrations;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times what the Transactions page asks the database for when it opens or is filtered: the
 * count of matching rows and the first 25 of them, newest first, through the same JPA query
 * the page runs (LedgerQueries), over ROWS generated rows in an embedded PostgreSQL 17 with the
 * project's migrations (and so its indexes).
 *
 * <p>Rows: a year of movements, 70 % collections; 85 % successful, 8 % failed, 5 % pending, 2 %
 * unknown; 90 % RWF, 7 % USD, 3 % UGX; providers MTN, AIRTEL, VISA and three banks; a phone or
 * account number each.
 */
public class LedgerPageBench {

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        try (EmbeddedPostgres pg = EmbeddedPostgres.start()) {
            Migrations.migrate(pg.getPostgresDatabase(), LedgerPageBench.class.getClassLoader());
            long t0 = System.nanoTime();
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute(generate(rows));
                s.execute("VACUUM ANALYZE ledger_entry"); // what autovacuum leaves behind on a table in use
            }
            System.out.printf("%,d ledger rows generated and vacuumed in %.1f s%n", rows, (System.nanoTime() - t0) / 1e9);

            EntityManagerFactory emf = Persistence.createEntityManagerFactory("paydesk-test", Map.of(
                    "jakarta.persistence.jdbc.url", pg.getJdbcUrl("postgres", "postgres"),
                    "jakarta.persistence.jdbc.user", "postgres", "jakarta.persistence.jdbc.password", "postgres"));
            Instant now = Instant.now();
            Map<String, LedgerFilter> cases = new LinkedHashMap<>();
            cases.put("unfiltered", LedgerFilter.none());
            cases.put("direction = payout", new LedgerFilter(null, null, Direction.PAYOUT, null, null, null, null, null));
            cases.put("status = failed, currency = USD",
                    new LedgerFilter(null, null, null, LedgerStatus.FAILED, "USD", null, null, null));
            cases.put("last 7 days, provider = AIRTEL", new LedgerFilter(now.minus(7, ChronoUnit.DAYS), null, null, null,
                    null, "AIRTEL", null, null));
            cases.put("one day, a month ago", new LedgerFilter(now.minus(31, ChronoUnit.DAYS), now.minus(30, ChronoUnit.DAYS),
                    null, null, null, null, null, null));
            cases.put("status = unknown (2 %)", new LedgerFilter(null, null, null, LedgerStatus.UNKNOWN, null, null, null, null));
            cases.put("reference starts with PDM0000004567", new LedgerFilter(null, null, null, null, null, null, "PDM0000004567", null));
            cases.put("phone starts with 0788123", new LedgerFilter(null, null, null, null, null, null, null, "0788123"));

            System.out.printf("%n%-36s %12s %12s %12s %12s %10s%n", "first page of 25, newest first", "count p50", "rows p50",
                    "total p50", "total p95", "matches");
            for (Map.Entry<String, LedgerFilter> c : cases.entrySet()) {
                measure(emf, c.getKey(), c.getValue(), repeats);
            }
            System.out.printf("%n%-36s%n", "sorted by amount, largest first (index on amount, id)");
            measureSorted(emf, repeats);
            emf.close();
        }
    }

    static void measure(EntityManagerFactory emf, String name, LedgerFilter filter, int repeats) {
        List<Double> counts = new ArrayList<>();
        List<Double> pages = new ArrayList<>();
        List<Double> totals = new ArrayList<>();
        long matches = 0;
        for (int i = 0; i < repeats + 5; i++) {
            EntityManager em = emf.createEntityManager();
            try {
                long a = System.nanoTime();
                matches = LedgerQueries.count(em, filter);
                long b = System.nanoTime();
                int n = LedgerQueries.page(em, filter, LedgerSort.newestFirst(), 0, 25).size();
                long c = System.nanoTime();
                if (n == 0 && matches > 0) {
                    throw new IllegalStateException(name + ": no rows");
                }
                if (i >= 5) {
                    counts.add((b - a) / 1e6);
                    pages.add((c - b) / 1e6);
                    totals.add((c - a) / 1e6);
                }
            } finally {
                em.close();
            }
        }
        System.out.printf("%-36s %9.1f ms %9.1f ms %9.1f ms %9.1f ms %,10d%n", name, p(counts, 50), p(pages, 50),
                p(totals, 50), p(totals, 95), matches);
    }

    static void measureSorted(EntityManagerFactory emf, int repeats) {
        List<Double> totals = new ArrayList<>();
        for (int i = 0; i < Math.max(3, repeats / 4) + 1; i++) {
            EntityManager em = emf.createEntityManager();
            try {
                long a = System.nanoTime();
                LedgerQueries.page(em, LedgerFilter.none(), new LedgerSort(LedgerSort.Column.AMOUNT, false), 0, 25);
                if (i > 0) {
                    totals.add((System.nanoTime() - a) / 1e6);
                }
            } finally {
                em.close();
            }
        }
        System.out.printf("%-36s %9.1f ms (rows only; p50 of %d)%n", "amount, unfiltered", p(totals, 50), totals.size());
    }

    static double p(List<Double> values, int percentile) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }

    static String generate(int rows) {
        return """
                INSERT INTO ledger_entry (reference, direction, status, amount, fee, currency, kind, method, provider, party,
                    local_status, local_ledger_status, gateway_status, gateway_id, gateway_transaction_id,
                    known_locally, known_at_gateway, created_at, updated_at, synced_at)
                SELECT
                    CASE WHEN i % 10 < 7 THEN 'PDM' ELSE 'PDP' END || lpad(i::text, 12, '0'),
                    CASE WHEN i % 10 < 7 THEN 'COLLECTION' ELSE 'PAYOUT' END,
                    st, 100 + (i * 7919) % 500000, 100 + (i * 31) % 900, cur,
                    CASE WHEN i % 10 < 7 THEN 'Mobile money' ELSE 'Payout' END,
                    CASE WHEN prov IN ('MTN', 'AIRTEL') THEN 'mobile_money' WHEN prov = 'VISA' THEN 'card' ELSE 'bank' END,
                    prov,
                    CASE WHEN prov IN ('MTN', 'AIRTEL', 'VISA') THEN (CASE WHEN prov = 'AIRTEL' THEN '72' ELSE '78' END)
                         || lpad(((i * 104729) % 10000000)::text, 7, '0') ELSE lpad(((i * 15485863) % 100000000000)::text, 12, '0') END,
                    st, st, lower(st), i, 'trf_' || i, true, true,
                    now() - ({ROWS} - i) * interval '31.536 seconds',
                    now() - ({ROWS} - i) * interval '31.536 seconds',
                    now()
                FROM (
                    SELECT i,
                        CASE WHEN (i * 17) % 100 < 85 THEN 'SUCCESSFUL' WHEN (i * 17) % 100 < 93 THEN 'FAILED'
                             WHEN (i * 17) % 100 < 98 THEN 'PENDING' ELSE 'UNKNOWN' END AS st,
                        CASE WHEN (i * 31) % 97 < 87 THEN 'RWF' WHEN (i * 31) % 97 < 94 THEN 'USD' ELSE 'UGX' END AS cur,
                        (ARRAY['MTN', 'MTN', 'MTN', 'AIRTEL', 'AIRTEL', 'VISA', 'Bank of Kigali', 'Access Bank Rwanda',
                               'Equity Bank Rwanda'])[1 + (i * 13) % 9] AS prov
                    FROM generate_series(1::bigint, {ROWS}) AS i
                ) g
                """.replace("{ROWS}", Integer.toString(rows));
    }
}
