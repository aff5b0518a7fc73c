import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import rw.paydesk.core.platform.Migrations;
import rw.paydesk.reporting.period.domain.ReportPeriod;
import rw.paydesk.reporting.settlement.application.SettlementQueries;
import rw.paydesk.reporting.settlement.domain.SettlementSummary;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Times the settlement summary of the last complete month (Kigali) through the query the
 * application runs (SettlementQueries), over ROWS generated rows in an embedded PostgreSQL 17
 * with the project's migrations (and so its indexes).
 *
 * <p>Rows: the same generator as bench/ledger: a year of movements up to now, evenly spread;
 * 70 % collections; 85 % successful, 8 % failed, 5 % pending, 2 % unknown; 90 % RWF, 7 % USD,
 * 3 % UGX; providers MTN, AIRTEL, VISA and three banks. They are stored in time order, as a live
 * ledger mostly is; with a third argument {@code scattered} the table is rewritten in amount
 * order first, so that a month's rows are spread over the whole table.
 */
public class SettlementSummaryBench {

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        boolean scattered = args.length > 2 && args[2].equals("scattered");
        try (EmbeddedPostgres pg = EmbeddedPostgres.start()) {
            Migrations.migrate(pg.getPostgresDatabase(), SettlementSummaryBench.class.getClassLoader());
            long t0 = System.nanoTime();
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute(generate(rows));
                if (scattered) {
                    // rewrites the table in amount order, which has nothing to do with time: a month's rows
                    // then lie on nearly every page instead of on a twelfth of them (the worst case)
                    s.execute("CLUSTER ledger_entry USING ledger_entry_amount_ix");
                }
                s.execute("VACUUM ANALYZE ledger_entry"); // what autovacuum leaves behind on a table in use
            }
            System.out.printf("%,d ledger rows generated%s and vacuumed in %.1f s%n", rows,
                    scattered ? ", stored in amount order (scattered in time)," : "", (System.nanoTime() - t0) / 1e9);

            ReportPeriod month = ReportPeriod.previousComplete(ReportPeriod.Kind.MONTH, Instant.now());
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT count(*) FROM ledger_entry WHERE created_at >= '" + month.start()
                         + "' AND created_at < '" + month.end() + "'")) {
                r.next();
                System.out.printf("period: %s, %s to %s, %,d movements%n", month.label(), month.start(), month.end(),
                        r.getLong(1));
            }
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) SELECT currency, provider, direction, status, "
                         + "count(id), sum(amount), sum(fee) FROM ledger_entry WHERE created_at >= '" + month.start()
                         + "' AND created_at < '" + month.end() + "' GROUP BY currency, provider, direction, status")) {
                System.out.println("plan:");
                while (r.next()) {
                    System.out.println("  " + r.getString(1));
                }
            }

            EntityManagerFactory emf = Persistence.createEntityManagerFactory("reporting-test", Map.of(
                    "jakarta.persistence.jdbc.url", pg.getJdbcUrl("postgres", "postgres"),
                    "jakarta.persistence.jdbc.user", "postgres", "jakarta.persistence.jdbc.password", "postgres"));
            List<Double> times = new ArrayList<>();
            SettlementSummary summary = null;
            for (int i = 0; i < repeats + 3; i++) {
                EntityManager em = emf.createEntityManager();
                try {
                    long a = System.nanoTime();
                    summary = SettlementQueries.summary(em, month);
                    double ms = (System.nanoTime() - a) / 1e6;
                    if (i >= 3) {
                        times.add(ms);
                    }
                } finally {
                    em.close();
                }
            }
            emf.close();
            long counted = summary.totals().stream().mapToLong(t -> t.figures().collectionStatuses().total()
                    + t.figures().payoutStatuses().total()).sum();
            System.out.printf("%nsettlement summary of %s: %d lines, %d currencies, %,d movements counted%n",
                    month.label(), summary.lines().size(), summary.totals().size(), counted);
            System.out.printf("%d measured runs after 3 warm-up: p50 %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms%n",
                    times.size(), p(times, 50), p(times, 95), Collections.min(times), Collections.max(times));
            summary.totals().forEach(t -> System.out.printf("  %s: collected %s, paid out %s, payout fees %s, net %s%n",
                    t.currency(), t.figures().collected(), t.figures().paidOut(), t.figures().payoutFees(), t.figures().net()));
        }
    }

    static double p(List<Double> values, int percentile) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }

    /** The generator of bench/ledger/LedgerPageBench.java, unchanged, so both benchmarks read the same data. */
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
