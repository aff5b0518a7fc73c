package rw.paydesk.payouts.batch.infrastructure;

import rw.paydesk.payouts.batch.domain.BatchRow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Writes a batch's rows with JDBC batch inserts, a few hundred per round trip: a file of
 * thousands of rows is stored in well under a second, where one JPA insert per row (each
 * fetching its generated id) would take many. The columns are those {@link BatchRow} maps;
 * the schema test reads what this writes.
 */
public final class BatchRowWriter {

    private static final int CHUNK = 500;

    private static final String INSERT = "INSERT INTO payout_batch_row (batch_id, line_number, reference, type,"
            + " bank_code, bank_name, account_number, phone, provider, first_name, last_name, email, amount, description,"
            + " simulation_context, payee_key, new_payee, expected_fee, status, send_attempts, status_checks,"
            + " created_at, updated_at, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, 1)";

    private BatchRowWriter() {
    }

    /** Inserts {@code rows} (already assigned to their batch) on {@code connection}, in its transaction. */
    public static void insert(Connection connection, List<BatchRow> rows) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(INSERT)) {
            int pending = 0;
            for (BatchRow r : rows) {
                int i = 1;
                s.setLong(i++, r.batchId());
                s.setInt(i++, r.line());
                s.setString(i++, r.reference().value());
                s.setString(i++, r.type().name());
                text(s, i++, r.bankCode());
                text(s, i++, r.bankName());
                text(s, i++, r.accountNumber());
                text(s, i++, r.phoneNumber() == null ? null : r.phoneNumber().national());
                text(s, i++, r.provider());
                s.setString(i++, r.firstName());
                s.setString(i++, r.lastName());
                text(s, i++, r.email());
                s.setBigDecimal(i++, r.amount().amount());
                s.setString(i++, r.description());
                text(s, i++, r.simulationContext());
                s.setString(i++, r.payeeKey());
                s.setBoolean(i++, r.newPayee());
                s.setBigDecimal(i++, r.expectedFee());
                s.setString(i++, r.status().name());
                time(s, i++, r.createdAt());
                time(s, i, r.updatedAt());
                s.addBatch();
                if (++pending == CHUNK) {
                    s.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                s.executeBatch();
            }
        }
    }

    private static void text(PreparedStatement s, int i, String value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.VARCHAR);
        } else {
            s.setString(i, value);
        }
    }

    private static void time(PreparedStatement s, int i, Instant value) throws SQLException {
        s.setObject(i, value.atOffset(ZoneOffset.UTC));
    }
}
