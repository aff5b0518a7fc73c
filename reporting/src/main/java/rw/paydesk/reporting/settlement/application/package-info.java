/**
 * Produces settlement summaries from the ledger; the database does the adding up.
 */
package rw.paydesk.reporting.settlement.application;
