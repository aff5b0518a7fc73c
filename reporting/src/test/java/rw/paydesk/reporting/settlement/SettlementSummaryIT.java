package rw.paydesk.reporting.settlement;

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
import rw.paydesk.core.platform.Migrations;
import rw.paydesk.reporting.period.domain.ReportPeriod;
import rw.paydesk.reporting.settlement.application.SettlementQueries;
import rw.paydesk.reporting.settlement.domain.SettlementFigures;
import rw.paydesk.reporting.settlement.domain.SettlementSummary;
import rw.paydesk.reporting.settlement.domain.StatusCounts;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The settlement summary's query on both databases, with the project's migrations: known ledger
 * rows give exactly the figures a finance officer would work out by hand, and the period's edges
 * are midnight in Kigali.
 */
class SettlementSummaryIT {

    private static final ReportPeriod NOVEMBER = ReportPeriod.month(YearMonth.of(2026, 11));

    /** reference, direction, status, amount, fee, currency, provider, created at (UTC). */
    private static final Object[][] ROWS = {
            // November starts at 22:00 UTC on 31 October: included
            {"C1", "COLLECTION", "SUCCESSFUL", "10000", "700", "RWF", "MTN", "2026-10-31T22:00:00Z"},
            {"C2", "COLLECTION", "SUCCESSFUL", "5000", "350", "RWF", "MTN", "2026-11-15T10:00:00Z"},
            {"C3", "COLLECTION", "FAILED", "2000", "140", "RWF", "MTN", "2026-11-16T10:00:00Z"},
            {"C4", "COLLECTION", "PENDING", "3000", null, "RWF", "MTN", "2026-11-17T10:00:00Z"},
            {"C5", "COLLECTION", "UNKNOWN", "4000", null, "RWF", "MTN", "2026-11-18T10:00:00Z"},
            {"P1", "PAYOUT", "SUCCESSFUL", "6000", "100", "RWF", "MTN", "2026-11-02T10:00:00Z"},
            {"P2", "PAYOUT", "FAILED", "1000", "100", "RWF", "MTN", "2026-11-03T10:00:00Z"},
            {"P3", "PAYOUT", "PENDING", "2500", "100", "RWF", "MTN", "2026-11-04T10:00:00Z"},
            {"P4", "PAYOUT", "SUCCESSFUL", "20000", "500", "RWF", "Bank of Kigali", "2026-11-05T10:00:00Z"},
            {"P5", "PAYOUT", "SUCCESSFUL", "30000", null, "RWF", "Bank of Kigali", "2026-11-06T10:00:00Z"},
            {"P6", "PAYOUT", "UNKNOWN", "700", "500", "RWF", "Bank of Kigali", "2026-11-07T10:00:00Z"},
            {"C6", "COLLECTION", "SUCCESSFUL", "1000", "70", "RWF", null, "2026-11-08T10:00:00Z"},
            {"C7", "COLLECTION", "SUCCESSFUL", "100.50", "2.01", "USD", "VISA", "2026-11-09T10:00:00Z"},
            {"C8", "COLLECTION", "SUCCESSFUL", "49.50", "0.99", "USD", "VISA", "2026-11-10T10:00:00Z"},
            // the last instant of November in Kigali: included
            {"P7", "PAYOUT", "SUCCESSFUL", "20.00", "0.34", "USD", "Equity Bank Rwanda", "2026-11-30T21:59:59.999Z"},
            // 23:59:59 on 31 October and 00:00 on 1 December in Kigali: outside November
            {"X1", "COLLECTION", "SUCCESSFUL", "99999", "1", "RWF", "MTN", "2026-10-31T21:59:59Z"},
            {"X2", "PAYOUT", "SUCCESSFUL", "88888", "1", "RWF", "MTN", "2026-11-30T22:00:00Z"},
    };

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnPostgreSQL {
        private EmbeddedPostgres postgres;
        private EntityManagerFactory emf;

        @BeforeAll
        void start() throws Exception {
            postgres = EmbeddedPostgres.start();
            DataSource ds = postgres.getPostgresDatabase();
            Migrations.migrate(ds, getClass().getClassLoader());
            fill(ds);
            emf = Persistence.createEntityManagerFactory("reporting-test", Map.of(
                    "jakarta.persistence.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                    "jakarta.persistence.jdbc.user", "postgres", "jakarta.persistence.jdbc.password", "postgres"));
        }

        @AfterAll
        void stop() throws Exception {
            emf.close();
            postgres.close();
        }

        @Test
        void a_month_gives_every_figure() {
            assertNovember(summary(emf, NOVEMBER));
        }

        @Test
        void a_day_and_an_empty_period() {
            assertDayAndEmpty(emf);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnH2 {
        private EntityManagerFactory emf;

        @BeforeAll
        void start() throws Exception {
            String url = "jdbc:h2:file:" + Files.createTempDirectory("paydesk-reports-h2").resolve("paydesk") + ";MODE=LEGACY";
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL(url);
            ds.setUser("paydesk");
            ds.setPassword("paydesk");
            Migrations.migrate(ds, getClass().getClassLoader());
            fill(ds);
            emf = Persistence.createEntityManagerFactory("reporting-test", Map.of("jakarta.persistence.jdbc.url", url,
                    "jakarta.persistence.jdbc.user", "paydesk", "jakarta.persistence.jdbc.password", "paydesk"));
        }

        @AfterAll
        void stop() {
            emf.close();
        }

        @Test
        void a_month_gives_every_figure() {
            assertNovember(summary(emf, NOVEMBER));
        }

        @Test
        void a_day_and_an_empty_period() {
            assertDayAndEmpty(emf);
        }
    }

    static void fill(DataSource ds) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO ledger_entry (reference, direction, status, amount, fee, currency, provider, known_locally, "
                        + "known_at_gateway, created_at, updated_at, synced_at) VALUES (?, ?, ?, ?, ?, ?, ?, true, true, ?, ?, ?)")) {
            for (Object[] row : ROWS) {
                for (int i = 0; i < 7; i++) {
                    Object value = row[i];
                    insert.setObject(i + 1, i == 3 || i == 4 ? (value == null ? null : new BigDecimal((String) value)) : value);
                }
                OffsetDateTime at = OffsetDateTime.ofInstant(Instant.parse((String) row[7]), ZoneOffset.UTC);
                insert.setObject(8, at);
                insert.setObject(9, at);
                insert.setObject(10, at);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static SettlementSummary summary(EntityManagerFactory emf, ReportPeriod period) {
        EntityManager em = emf.createEntityManager();
        try {
            return SettlementQueries.summary(em, period);
        } finally {
            em.close();
        }
    }

    static void assertNovember(SettlementSummary s) {
        assertEquals(NOVEMBER, s.period());
        assertEquals(List.of("RWF (not known)", "RWF Bank of Kigali", "RWF MTN", "USD Equity Bank Rwanda", "USD VISA"),
                s.lines().stream().map(l -> l.currency() + " " + l.provider()).toList());
        assertEquals(List.of("RWF", "USD"), s.totals().stream().map(SettlementSummary.CurrencyTotal::currency).toList());

        Function<String, SettlementFigures> line = key -> s.line(key.substring(0, 3), key.substring(4)).orElseThrow().figures();

        // MTN: collection fees were paid by customers on top, so only the payout's fee comes off
        assertFigures(line.apply("RWF MTN"), 2, "15000", "1050", 1, "6000", "100", "8900");
        assertEquals(new StatusCounts(2, 1, 1, 1), line.apply("RWF MTN").collectionStatuses());
        assertEquals(new StatusCounts(1, 1, 1, 0), line.apply("RWF MTN").payoutStatuses());

        // a payout without a fee counts it as zero; an unknown payout's fee does not count
        assertFigures(line.apply("RWF Bank of Kigali"), 0, "0", "0", 2, "50000", "500", "-50500");
        assertEquals(StatusCounts.NONE, line.apply("RWF Bank of Kigali").collectionStatuses());
        assertEquals(new StatusCounts(2, 0, 0, 1), line.apply("RWF Bank of Kigali").payoutStatuses());

        assertFigures(line.apply("RWF (not known)"), 1, "1000", "70", 0, "0", "0", "1000");

        SettlementFigures rwf = s.total("RWF").orElseThrow().figures();
        assertFigures(rwf, 3, "16000", "1120", 3, "56000", "600", "-40600");
        assertMoney("1720", rwf.fees());
        assertEquals(new StatusCounts(3, 1, 1, 1), rwf.collectionStatuses());
        assertEquals(new StatusCounts(3, 1, 1, 1), rwf.payoutStatuses());
        assertEquals(6, rwf.collectionStatuses().total());

        assertFigures(line.apply("USD VISA"), 2, "150.00", "3.00", 0, "0", "0", "150.00");
        assertFigures(line.apply("USD Equity Bank Rwanda"), 0, "0", "0", 1, "20.00", "0.34", "-20.34");
        assertFigures(s.total("USD").orElseThrow().figures(), 2, "150.00", "3.00", 1, "20.00", "0.34", "129.66");
    }

    static void assertDayAndEmpty(EntityManagerFactory emf) {
        SettlementSummary day = summary(emf, ReportPeriod.day(LocalDate.parse("2026-11-15")));
        assertEquals(1, day.lines().size());
        assertFigures(day.total("RWF").orElseThrow().figures(), 1, "5000", "350", 0, "0", "0", "5000");

        // the week of 30 November ends on 6 December: only the excluded row X2 (1 December, Kigali)
        SettlementSummary week = summary(emf, ReportPeriod.week(LocalDate.parse("2026-11-30")));
        assertFigures(week.total("RWF").orElseThrow().figures(), 0, "0", "0", 1, "88888", "1", "-88889");
        assertFigures(week.total("USD").orElseThrow().figures(), 0, "0", "0", 1, "20.00", "0.34", "-20.34");

        SettlementSummary empty = summary(emf, ReportPeriod.month(YearMonth.of(2026, 9)));
        assertTrue(empty.isEmpty());
        assertTrue(empty.totals().isEmpty());
    }

    static void assertFigures(SettlementFigures f, long collections, String collected, String collectionFees, long payouts,
                              String paidOut, String payoutFees, String net) {
        assertEquals(collections, f.collections(), "collections");
        assertMoney(collected, f.collected());
        assertMoney(collectionFees, f.collectionFees());
        assertEquals(payouts, f.payouts(), "payouts");
        assertMoney(paidOut, f.paidOut());
        assertMoney(payoutFees, f.payoutFees());
        assertMoney(net, f.net());
    }

    static void assertMoney(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
    }
}
