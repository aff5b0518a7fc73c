package rw.paydesk.payouts.figures.application;

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
import rw.paydesk.core.collection.application.CollectionFigures;
import rw.paydesk.core.figures.CurrencyFigures;
import rw.paydesk.core.figures.DailyAmount;
import rw.paydesk.core.figures.DayRange;
import rw.paydesk.core.figures.Tally;
import rw.paydesk.core.platform.Migrations;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The dashboard's figures are counted by the database, so their SQL must mean the same on
 * PostgreSQL and H2: records just before and just after midnight in Kigali (22:00 UTC) land
 * on their own Kigali days, single payouts and bulk rows add up, and only what was sent
 * counts. The data lie in March 2020, away from whatever else the database holds.
 */
class PayoutFiguresIT {

    private static final LocalDate DAY = LocalDate.of(2020, 3, 10);
    /** 23:59:59 on 9 March in Kigali. */
    private static final Instant BEFORE_MIDNIGHT = Instant.parse("2020-03-09T21:59:59Z");
    /** 00:00 on 10 March in Kigali. */
    private static final Instant MIDNIGHT = Instant.parse("2020-03-09T22:00:00Z");
    /** 23:30 on 10 March in Kigali. */
    private static final Instant LATE = Instant.parse("2020-03-10T21:30:00Z");

    abstract static class OnEveryDatabase {

        abstract EntityManagerFactory emf();

        abstract DataSource dataSource();

        @Test
        void payouts_and_collections_count_on_their_kigali_day() throws Exception {
            seed(dataSource());
            EntityManager em = emf().createEntityManager();
            try {
                PayoutFigures payouts = new PayoutFigures();
                payouts.em = em;
                DayRange day = new DayRange(DAY, DAY);

                List<CurrencyFigures> sent = payouts.sent(day);
                assertEquals(List.of("RWF", "USD"), sent.stream().map(CurrencyFigures::currency).toList());
                CurrencyFigures rwf = sent.get(0);
                // a completed payout of 5,000 and a completed bulk row of 2,000; one payout of 700 under way
                assertEquals(new Tally(2, new BigDecimal("7000")), scaled(rwf.done()));
                assertEquals(new Tally(1, new BigDecimal("700")), scaled(rwf.underWay()));
                assertEquals(1, rwf.failed().count());
                assertEquals(new Tally(1, new BigDecimal("12.5")), scaled(sent.get(1).done()));

                DayRange days = new DayRange(DAY.minusDays(1), DAY);
                assertEquals(Set.of(
                                new DailyAmount(DAY.minusDays(1), "RWF", 1, new BigDecimal("9000")),
                                new DailyAmount(DAY, "RWF", 2, new BigDecimal("7000")),
                                new DailyAmount(DAY, "USD", 1, new BigDecimal("12.5"))),
                        scaled(payouts.paidPerDay(days)));

                CollectionFigures collections = new CollectionFigures();
                var field = CollectionFigures.class.getDeclaredField("em");
                field.setAccessible(true);
                field.set(collections, em);
                assertEquals(Set.of(
                                new DailyAmount(DAY.minusDays(1), "RWF", 1, new BigDecimal("100")),
                                new DailyAmount(DAY, "RWF", 2, new BigDecimal("3000"))),
                        scaled(collections.collectedPerDay(days)));
            } finally {
                em.close();
            }
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
            Path dir = Files.createTempDirectory("figures-h2");
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

    private static Tally scaled(Tally t) {
        return new Tally(t.count(), plain(t.amount()));
    }

    private static Set<DailyAmount> scaled(List<DailyAmount> list) {
        return list.stream().map(a -> new DailyAmount(a.day(), a.currency(), a.count(), plain(a.amount())))
                .collect(Collectors.toSet());
    }

    private static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static void seed(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection()) {
            long beneficiary = beneficiary(c);
            payout(c, beneficiary, "COMPLETED", "5000", "RWF", MIDNIGHT);
            payout(c, beneficiary, "COMPLETED", "9000", "RWF", BEFORE_MIDNIGHT);
            payout(c, beneficiary, "SUBMITTED", "700", "RWF", LATE);
            payout(c, beneficiary, "FAILED", "800", "RWF", LATE);
            payout(c, beneficiary, "COMPLETED", "12.50", "USD", LATE);
            // approved but never sent: not counted, even with a time
            payout(c, beneficiary, "APPROVED", "400", "RWF", null);
            long batch = batch(c, LATE);
            row(c, batch, 1, "COMPLETED", "2000");
            row(c, batch, 2, "CANCELLED", "3000");
            charge(c, "SUCCESSFUL", "1000", MIDNIGHT);
            charge(c, "SUCCESSFUL", "2000", LATE);
            charge(c, "SUCCESSFUL", "100", BEFORE_MIDNIGHT);
            charge(c, "FAILED", "50000", LATE);
        }
    }

    private static OffsetDateTime at(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }

    private static String ref(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    private static long beneficiary(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO beneficiary (type, status, first_name, last_name, country,"
                + " provider, phone, created_by, created_at, changed_by, changed_at, version)"
                + " VALUES ('MOBILE', 'PENDING_APPROVAL', 'Jean', 'Figures', 'RW', 'MTN', '788123456', 'maker', ?, 'maker', ?, 0)")) {
            s.setObject(1, at(MIDNIGHT));
            s.setObject(2, at(MIDNIGHT));
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("SELECT MAX(id) FROM beneficiary WHERE last_name = 'Figures'")) {
            var rs = s.executeQuery();
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void payout(Connection c, long beneficiary, String status, String amount, String currency, Instant sent)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO payout (reference, status, beneficiary_id,"
                + " beneficiary_details, amount, source_currency, destination_currency, description, amount_in_rwf,"
                + " required_approvals, content_fingerprint, maker, created_at, updated_at, submitted_at, version)"
                + " VALUES (?, ?, ?, 'MTN 0788123456', ?, ?, 'RWF', 'figures', 1000, 1, 'x', 'maker', ?, ?, ?, 0)")) {
            s.setString(1, ref("PDP"));
            s.setString(2, status);
            s.setLong(3, beneficiary);
            s.setBigDecimal(4, new BigDecimal(amount));
            s.setString(5, currency);
            s.setObject(6, at(MIDNIGHT.minusSeconds(86_400)));
            s.setObject(7, at(MIDNIGHT.minusSeconds(86_400)));
            s.setObject(8, at(sent));
            s.executeUpdate();
        }
    }

    private static long batch(Connection c, Instant sending) throws SQLException {
        String reference = ref("PDB");
        try (PreparedStatement s = c.prepareStatement("INSERT INTO payout_batch (reference, status, file_name, row_count,"
                + " total_amount, expected_fees, new_payees, required_approvals, content_fingerprint, maker, created_at,"
                + " updated_at, sending_at, version) VALUES (?, 'FINISHED', 'f.csv', 2, 5000, 200, 0, 1, 'x', 'maker', ?, ?, ?, 0)")) {
            s.setString(1, reference);
            s.setObject(2, at(MIDNIGHT.minusSeconds(86_400)));
            s.setObject(3, at(sending));
            s.setObject(4, at(sending));
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM payout_batch WHERE reference = ?")) {
            s.setString(1, reference);
            var rs = s.executeQuery();
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void row(Connection c, long batch, int line, String status, String amount) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO payout_batch_row (batch_id, line_number, reference, type,"
                + " phone, provider, first_name, last_name, amount, description, payee_key, new_payee, expected_fee, status,"
                + " created_at, updated_at, version) VALUES (?, ?, ?, 'MOBILE', '788123456', 'MTN', 'Jean', 'Uwase', ?,"
                + " 'figures', 'mobile:788123456', FALSE, 100, ?, ?, ?, 0)")) {
            s.setLong(1, batch);
            s.setInt(2, line);
            s.setString(3, ref("PDR"));
            s.setBigDecimal(4, new BigDecimal(amount));
            s.setString(5, status);
            s.setObject(6, at(MIDNIGHT.minusSeconds(86_400)));
            s.setObject(7, at(MIDNIGHT.minusSeconds(86_400)));
            s.executeUpdate();
        }
    }

    private static void charge(Connection c, String status, String amount, Instant created) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO charge (reference, method, status, amount, currency,"
                + " created_by, created_at, updated_at, version) VALUES (?, 'MOBILE_MONEY', ?, ?, 'RWF', 'maker', ?, ?, 0)")) {
            s.setString(1, ref("PDM"));
            s.setString(2, status);
            s.setBigDecimal(3, new BigDecimal(amount));
            s.setObject(4, at(created));
            s.setObject(5, at(created));
            s.executeUpdate();
        }
    }
}
