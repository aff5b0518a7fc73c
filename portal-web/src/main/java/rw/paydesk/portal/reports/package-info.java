/**
 * The Reports page and its downloads: a report for a chosen period on screen, and the same
 * report as CSV, XLSX or PDF.
 */
package rw.paydesk.portal.reports;
