package rw.paydesk.sandbox.store;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/**
 * Brings the sandbox schema up to date before anything else touches the database.
 * <p>
 * Migrations of separate features are written on separate branches (V4 DGS charges, V5 Rwanda
 * Pay), so they may arrive in either order: a lower version that shows up after a higher one was
 * applied still runs ({@code outOfOrder}), and a database that has a migration this build does
 * not carry still starts ({@code *:missing} is ignored).
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    @Resource(lookup = "java:app/jdbc/sandbox")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/sandbox")
                .outOfOrder(true)
                .ignoreMigrationPatterns("*:missing")
                .load()
                .migrate();
    }
}
