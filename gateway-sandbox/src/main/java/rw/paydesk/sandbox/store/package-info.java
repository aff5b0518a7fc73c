/** The sandbox's own database: data source definition, schema migrations, JDBC transactions, the clock. */
package rw.paydesk.sandbox.store;
