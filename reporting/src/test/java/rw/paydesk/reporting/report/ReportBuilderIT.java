package rw.paydesk.reporting.report;

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
import rw.paydesk.reporting.report.application.ReportBuilder;
import rw.paydesk.reporting.report.domain.Report;
import rw.paydesk.reporting.report.domain.ReportKind;
import rw.paydesk.reporting.report.domain.Section;
import rw.paydesk.reporting.settlement.application.SettlementQueries;
import rw.paydesk.reporting.settlement.domain.SettlementFigures;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every report for Monday 23 November 2026 (Kigali: 22:00 UTC on the 22nd to 22:00 UTC on the
 * 23rd) on both databases with the project's migrations: known rows, totals a finance officer
 * would work out by hand, and records just inside and just outside midnight in Kigali.
 */
class ReportBuilderIT {

    static final ReportPeriod MONDAY = ReportPeriod.day(LocalDate.parse("2026-11-23"));
    static final Instant NOW = Instant.parse("2026-11-24T06:00:00Z");

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnPostgreSQL extends Checks {
        private EmbeddedPostgres postgres;

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
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnH2 extends Checks {
        @BeforeAll
        void start() throws Exception {
            String url = "jdbc:h2:file:" + Files.createTempDirectory("paydesk-report-h2").resolve("paydesk") + ";MODE=LEGACY";
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
    }

    abstract static class Checks {
        EntityManagerFactory emf;

        Report report(ReportKind kind) {
            EntityManager em = emf.createEntityManager();
            try {
                return ReportBuilder.build(em, kind, MONDAY, NOW);
            } finally {
                em.close();
            }
        }

        @Test
        void settlement_is_the_settlement_summary() {
            Report r = report(ReportKind.SETTLEMENT);
            assertEquals("Settlement summary, Monday 23 November 2026", r.title());
            assertEquals(NOW, r.generatedAt());
            assertRows(r.totals(),
                    List.of("RWF", 1L, "10000", "700", 1L, "6000", "100", "3900", 1L, 0L, 0L, 0L, 0L, 0L),
                    List.of("USD", 1L, "100.50", "2.01", 0L, "0", "0", "100.50", 0L, 0L, 0L, 0L, 0L, 0L));
            EntityManager em = emf.createEntityManager();
            try {
                SettlementFigures rwf = SettlementQueries.summary(em, MONDAY).total("RWF").orElseThrow().figures();
                assertMoney(rwf.net(), r.totals().rows().get(0).get(7));
            } finally {
                em.close();
            }
            assertRows(r.section("providers").orElseThrow(),
                    List.of("RWF", "MTN", 1L, "10000", "700", 1L, "6000", "100", "3900", 1L, 0L, 0L, 0L, 0L, 0L),
                    List.of("USD", "VISA", 1L, "100.50", "2.01", 0L, "0", "0", "100.50", 0L, 0L, 0L, 0L, 0L, 0L));
            assertEquals(List.of("providers-RWF", "providers-USD"), r.charts().stream().map(c -> c.id()).toList());
        }

        @Test
        void transactions_list_the_day_from_kigali_midnight_to_midnight() {
            Report r = report(ReportKind.TRANSACTIONS);
            assertRows(r.totals(),
                    Arrays.asList("RWF", "Collection", "Failed", 1L, "2000", "140"),
                    Arrays.asList("RWF", "Collection", "Successful", 1L, "10000", "700"),
                    Arrays.asList("RWF", "Payout", "Successful", 1L, "6000", "100"),
                    Arrays.asList("USD", "Collection", "Successful", 1L, "100.50", "2.01"));
            Section rows = r.section("rows").orElseThrow();
            assertTrue(rows.detail());
            assertNull(rows.note());
            assertEquals(List.of("T1", "T2", "T3", "T4"), column(rows, "Reference"));
            assertEquals(Instant.parse("2026-11-22T22:00:00Z"), rows.rows().get(0).get(0));
        }

        @Test
        void payouts_show_maker_approvers_and_reasons() {
            Report r = report(ReportKind.PAYOUTS);
            assertRows(r.totals(),
                    Arrays.asList("RWF", "completed", 2L, "51000", "550"),
                    Arrays.asList("RWF", "failed", 1L, "2000", null),
                    Arrays.asList("USD", "rejected", 1L, "20.00", null));
            Section rows = r.section("rows").orElseThrow();
            assertEquals(List.of("P1", "P2", "R1", "R2"), column(rows, "Reference"));
            assertEquals(Arrays.asList("alice", "alice", "erin", "erin"), column(rows, "Maker"));
            assertEquals(Arrays.asList("bob 09:14, carol 09:20", "carol 12:30", "frank 13:00", "frank 13:00"),
                    column(rows, "Approvers (Kigali)"), "approvals of other content (voided by an edit) are left out");
            assertEquals(Arrays.asList(null, "Rejected by bob: Wrong account", null, "E12: Account closed"),
                    column(rows, "Reason"));
            assertEquals(Arrays.asList("Single", "Single", "Bulk PDB-1", "Bulk PDB-1"), column(rows, "Kind"));
            assertEquals("MTN 788123456, Jean Mugisha", column(rows, "Beneficiary").get(2));
        }

        @Test
        void exceptions_are_those_open_or_closed_during_the_period() {
            Report r = report(ReportKind.EXCEPTIONS);
            assertRows(r.totals(),
                    List.of("Amount differs", "Exception", 1L),
                    List.of("Amount differs", "Cleared", 1L),
                    List.of("Status differs", "Resolved", 1L));
            Section rows = r.section("rows").orElseThrow();
            assertEquals(List.of("D1", "D2", "D6"), column(rows, "Reference"));
            assertEquals(Arrays.asList("3 d 21 h", "2 d 2 h", "1 h 0 min"), column(rows, "Age"));
            assertEquals(Arrays.asList(null, "bob", null), column(rows, "Closed by"));
            assertEquals(Arrays.asList(null, "Refunded to the customer", null), column(rows, "Note"));
        }

        @Test
        void an_empty_period_has_empty_totals() {
            EntityManager em = emf.createEntityManager();
            try {
                for (ReportKind kind : ReportKind.values()) {
                    Report r = ReportBuilder.build(em, kind, ReportPeriod.day(LocalDate.parse("2026-09-01")), NOW);
                    assertTrue(r.totals().rows().isEmpty(), kind + " " + r.totals().rows());
                }
            } finally {
                em.close();
            }
        }
    }

    static List<Object> column(Section s, String header) {
        int i = s.columnIndex(header);
        List<Object> values = new ArrayList<>();
        s.rows().forEach(r -> values.add(r.get(i)));
        return values;
    }

    /** Amounts given as strings compare by value (scale aside); everything else equal. */
    @SafeVarargs
    static void assertRows(Section s, List<Object>... expected) {
        assertEquals(expected.length, s.rows().size(), () -> s.id() + ": " + s.rows());
        for (int r = 0; r < expected.length; r++) {
            for (int c = 0; c < expected[r].size(); c++) {
                Object want = expected[r].get(c);
                Object got = s.rows().get(r).get(c);
                if (got instanceof BigDecimal) {
                    assertMoney(got, want);
                } else {
                    int row = r;
                    int col = c;
                    assertEquals(want, got, () -> s.id() + " row " + row + " column " + s.columns().get(col).header());
                }
            }
        }
    }

    static void assertMoney(Object actual, Object expected) {
        assertEquals(0, new BigDecimal(expected.toString()).compareTo((BigDecimal) actual),
                () -> "expected " + expected + " but was " + actual);
    }

    static void fill(DataSource ds) throws Exception {
        try (Connection c = ds.getConnection()) {
            for (Object[] row : new Object[][]{
                    {"T1", "COLLECTION", "SUCCESSFUL", "10000", "700", "RWF", "MTN", "2026-11-22T22:00:00Z"},
                    {"T2", "COLLECTION", "FAILED", "2000", "140", "RWF", "MTN", "2026-11-23T08:00:00Z"},
                    {"T3", "PAYOUT", "SUCCESSFUL", "6000", "100", "RWF", "MTN", "2026-11-23T09:00:00Z"},
                    {"T4", "COLLECTION", "SUCCESSFUL", "100.50", "2.01", "USD", "VISA", "2026-11-23T21:59:59.999Z"},
                    {"X1", "COLLECTION", "SUCCESSFUL", "99999", "1", "RWF", "MTN", "2026-11-22T21:59:59.999Z"},
                    {"X2", "PAYOUT", "SUCCESSFUL", "88888", "1", "RWF", "MTN", "2026-11-23T22:00:00Z"}}) {
                insert(c, "INSERT INTO ledger_entry (reference, direction, status, amount, fee, currency, provider, "
                        + "known_locally, known_at_gateway, created_at, updated_at, synced_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, true, true, ?, ?, ?)",
                        row[0], row[1], row[2], dec(row[3]), dec(row[4]), row[5], row[6], at(row[7]), at(row[7]), at(row[7]));
            }
            insert(c, "INSERT INTO beneficiary (id, type, status, first_name, last_name, email, bank_code, bank_name, "
                    + "account_number, created_by, created_at, changed_by, changed_at, approved_by, approved_at, version) "
                    + "VALUES (1, 'BANK', 'APPROVED', 'Grace', 'Uwase', 'g@example.rw', 'BK', 'Bank of Kigali', '100200300', "
                    + "'alice', ?, 'alice', ?, 'bob', ?, 0)", at("2026-11-01T08:00:00Z"), at("2026-11-01T08:00:00Z"),
                    at("2026-11-01T09:00:00Z"));
            String payout = "INSERT INTO payout (id, reference, status, beneficiary_id, beneficiary_details, amount, "
                    + "source_currency, destination_currency, description, amount_in_rwf, required_approvals, "
                    + "content_fingerprint, maker, created_at, updated_at, version, fee, rejected_by, rejection_reason) "
                    + "VALUES (?, ?, ?, 1, 'Bank of Kigali 100200300, Grace Uwase', ?, ?, ?, 'Invoice 7', ?, 2, ?, 'alice', "
                    + "?, ?, 0, ?, ?, ?)";
            insert(c, payout, 1, "P1", "COMPLETED", dec("50000"), "RWF", "RWF", dec("50000"), "F1",
                    at("2026-11-22T22:00:00Z"), at("2026-11-23T08:00:00Z"), dec("500"), null, null);
            insert(c, payout, 2, "P2", "REJECTED", dec("20.00"), "USD", "USD", dec("26000"), "F2",
                    at("2026-11-23T10:00:00Z"), at("2026-11-23T11:00:00Z"), null, "bob", "Wrong account");
            insert(c, payout, 3, "P3", "COMPLETED", dec("70000"), "RWF", "RWF", dec("70000"), "F3",
                    at("2026-11-22T21:59:59Z"), at("2026-11-23T08:00:00Z"), dec("500"), null, null);
            String approval = "INSERT INTO payout_approval (payout_id, approver, approved_at, expires_at, fingerprint, "
                    + "voided_at) VALUES (?, ?, ?, ?, ?, ?)";
            insert(c, approval, 1, "dave", at("2026-11-23T06:00:00Z"), at("2026-11-24T06:00:00Z"), "OLD",
                    at("2026-11-23T06:30:00Z"));
            insert(c, approval, 1, "bob", at("2026-11-23T07:14:00Z"), at("2026-11-24T07:14:00Z"), "F1", null);
            insert(c, approval, 1, "carol", at("2026-11-23T07:20:00Z"), at("2026-11-24T07:20:00Z"), "F1", null);
            insert(c, approval, 2, "carol", at("2026-11-23T10:30:00Z"), at("2026-11-24T10:30:00Z"), "F2",
                    at("2026-11-23T11:00:00Z"));
            insert(c, "INSERT INTO payout_batch (id, reference, status, file_name, row_count, total_amount, expected_fees, "
                    + "new_payees, required_approvals, content_fingerprint, maker, created_at, updated_at, version) "
                    + "VALUES (1, 'PDB-1', 'FINISHED', 'november.csv', 2, 3000, 100, 0, 1, 'BF', 'erin', ?, ?, 0)",
                    at("2026-11-23T10:30:00Z"), at("2026-11-23T12:00:00Z"));
            insert(c, "INSERT INTO payout_batch_approval (batch_id, approver, approved_at, expires_at, fingerprint) "
                    + "VALUES (1, 'frank', ?, ?, 'BF')", at("2026-11-23T11:00:00Z"), at("2026-11-24T11:00:00Z"));
            String row = "INSERT INTO payout_batch_row (id, batch_id, line_number, reference, type, bank_code, bank_name, "
                    + "account_number, email, phone, provider, first_name, last_name, amount, description, payee_key, "
                    + "new_payee, expected_fee, status, fee, gateway_code, gateway_message, created_at, updated_at, version) "
                    + "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'Salary', ?, false, 50, ?, ?, ?, ?, ?, ?, 0)";
            insert(c, row, 1, 2, "R1", "MOBILE", null, null, null, null, "788123456", "MTN", "Jean", "Mugisha", dec("1000"),
                    "m788123456", "COMPLETED", dec("50"), null, null, at("2026-11-23T10:30:00Z"), at("2026-11-23T12:00:00Z"));
            insert(c, row, 2, 3, "R2", "BANK", "BK", "Bank of Kigali", "400500", "a@example.rw", null, null, "Aline",
                    "Uwera", dec("2000"), "b400500", "FAILED", null, "E12", "Account closed", at("2026-11-23T10:30:00Z"),
                    at("2026-11-23T12:00:00Z"));
            String difference = "INSERT INTO recon_difference (reference, kind, state, direction, amount, currency, ours, "
                    + "gateway, explanation, first_seen_at, last_seen_at, exception_at, closed_at, closed_by, note, version) "
                    + "VALUES (?, ?, ?, 'COLLECTION', 5000, 'RWF', 'ours', 'theirs', 'why', ?, ?, ?, ?, ?, ?, 0)";
            insert(c, difference, "D1", "AMOUNT", "EXCEPTION", at("2026-11-20T09:00:00Z"), at("2026-11-23T09:00:00Z"),
                    at("2026-11-20T10:00:00Z"), null, null, null);
            insert(c, difference, "D2", "STATUS", "RESOLVED", at("2026-11-21T06:00:00Z"), at("2026-11-23T07:00:00Z"),
                    at("2026-11-21T07:00:00Z"), at("2026-11-23T08:00:00Z"), "bob", "Refunded to the customer");
            insert(c, difference, "D3", "FEE", "CLEARED", at("2026-11-21T06:00:00Z"), at("2026-11-22T21:00:00Z"),
                    at("2026-11-21T07:00:00Z"), at("2026-11-22T21:59:59Z"), null, null);
            insert(c, difference, "D4", "MISSING_HERE", "EXCEPTION", at("2026-11-23T21:00:00Z"), at("2026-11-23T22:00:00Z"),
                    at("2026-11-23T22:00:00Z"), null, null, null);
            insert(c, difference, "D5", "WEBHOOK_MISSING", "EXPECTED", at("2026-11-23T12:00:00Z"),
                    at("2026-11-23T12:00:00Z"), null, null, null, null);
            insert(c, difference, "D6", "AMOUNT", "CLEARED", at("2026-11-22T21:00:00Z"), at("2026-11-22T21:30:00Z"),
                    at("2026-11-22T21:00:00Z"), at("2026-11-22T22:00:00Z"), null, null);
        }
    }

    private static void insert(Connection c, String sql, Object... values) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }

    private static BigDecimal dec(Object s) {
        return s == null ? null : new BigDecimal((String) s);
    }

    private static OffsetDateTime at(Object s) {
        return OffsetDateTime.ofInstant(Instant.parse((String) s), ZoneOffset.UTC);
    }
}
