package rw.paydesk.portal.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import rw.paydesk.core.platform.DatabaseMigration;

/**
 * The portal's one data source. Every attribute is read from MicroProfile Config when the
 * application deploys, so moving from the embedded H2 default to PostgreSQL is a matter of
 * environment variables ({@code PAYDESK_DB_URL} and friends), with no rebuild.
 */
@Singleton
@DataSourceDefinition(
        name = DatabaseMigration.DATA_SOURCE,
        className = "${MPCONFIG=paydesk.db.class-name}",
        url = "${MPCONFIG=paydesk.db.url}",
        user = "${MPCONFIG=paydesk.db.user}",
        password = "${MPCONFIG=paydesk.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.log-jdbc-calls=false"
        })
public class PortalDataSource {
}
