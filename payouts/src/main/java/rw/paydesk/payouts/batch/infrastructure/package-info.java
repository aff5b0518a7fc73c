/**
 * How a batch's rows reach the database quickly: one JDBC batch insert for thousands of rows.
 */
package rw.paydesk.payouts.batch.infrastructure;
