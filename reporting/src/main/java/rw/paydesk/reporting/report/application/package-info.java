/**
 * Builds reports from the database: every total is a SQL {@code GROUP BY}; lists of records are
 * read up to a cap and say so when capped. {@link rw.paydesk.reporting.report.application.ReportBuilder}
 * needs no signed-in user (the scheduler calls it); {@link rw.paydesk.reporting.report.application.ReportCatalog}
 * is the portal's way in, for the roles that see money.
 */
package rw.paydesk.reporting.report.application;
