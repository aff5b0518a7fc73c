/**
 * Writes a {@link rw.paydesk.reporting.report.domain.Report} as CSV, XLSX or PDF, and its summary
 * as an HTML fragment for mail: the same cells everywhere, so every copy shows the same totals.
 */
package rw.paydesk.reporting.render;
