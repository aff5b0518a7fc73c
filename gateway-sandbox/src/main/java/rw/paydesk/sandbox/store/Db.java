package rw.paydesk.sandbox.store;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The sandbox's own database and a small JDBC transaction helper.
 * <p>
 * The data source is not JTA-enlisted ({@code transactional = false}): every unit of work is one
 * local JDBC transaction, which keeps the request path short and the locking explicit.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/sandbox",
        className = "${MPCONFIG=sandbox.db.class-name}",
        url = "${MPCONFIG=sandbox.db.url}",
        user = "${MPCONFIG=sandbox.db.user}",
        password = "${MPCONFIG=sandbox.db.password}",
        transactional = false,
        minPoolSize = 2,
        maxPoolSize = 32)
@ApplicationScoped
public class Db {

    private static final Logger LOG = Logger.getLogger(Db.class.getName());

    @Resource(lookup = "java:app/jdbc/sandbox")
    DataSource dataSource;

    /** Work done inside one JDBC transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Runs the work in one transaction: committed if it returns, rolled back if it throws. */
    public <T> T inTransaction(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** Work on one row, identified by its id. */
    @FunctionalInterface
    public interface RowWork {
        Object run(Connection connection, long id) throws SQLException;
    }

    /**
     * Runs the work for each id in a transaction of its own, for the clock's due work: a row that
     * fails is logged and left for the next tick, and does not stop the others.
     *
     * @return true when every id succeeded
     */
    public boolean eachInOwnTransaction(List<Long> ids, RowWork work) {
        boolean all = true;
        for (long id : ids) {
            try {
                inTransaction(c -> work.run(c, id));
            } catch (RuntimeException e) {
                all = false;
                LOG.log(Level.WARNING, "due work on row " + id + " failed; retried at the next tick", e);
            }
        }
        return all;
    }

    /** A database failure; the API answers it as an internal error. */
    public static final class StoreException extends RuntimeException {
        public StoreException(SQLException cause) {
            super(cause.getMessage(), cause);
        }

        /** A unique constraint refused the write, e.g. two requests raced with one reference. */
        public boolean isDuplicateKey() {
            return getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState());
        }
    }
}
