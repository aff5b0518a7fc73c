/**
 * A report as data: sections of typed cells and charts, built once and shown on screen, written
 * to CSV, XLSX and PDF and mailed, so that every copy shows the same numbers.
 */
package rw.paydesk.reporting.report.domain;
