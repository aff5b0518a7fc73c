package rw.paydesk.core.platform;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Where every module keeps its migrations, and how they run. Shared by start-up and tests
 * so both migrate exactly alike.
 *
 * <p>{@code db/migration/common} holds SQL that runs on PostgreSQL and H2 alike;
 * {@code db/migration/postgresql} (or {@code h2}) holds what only one
 * database can express, such as the audit log's append-only trigger. Versions are dates
 * ({@code V2026_11_23_01__...}) so migrations from different modules never collide.
 */
public final class Migrations {

    private Migrations() {
    }

    public static MigrateResult migrate(DataSource dataSource, ClassLoader classLoader) {
        return Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor(dataSource))
                .failOnMissingLocations(false)
                .load()
                .migrate();
    }

    /** {@code postgresql} or {@code h2}: the folder of migrations only that database understands. */
    static String vendor(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("postgres") ? "postgresql" : product.replaceAll("[^a-z0-9]", "");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database to migrate it", e);
        }
    }
}
