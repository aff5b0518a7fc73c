/**
 * Reports on the money PayDesk moved: report periods in Kigali time and the figures each report
 * shows, counted by the database.
 */
package rw.paydesk.reporting;
