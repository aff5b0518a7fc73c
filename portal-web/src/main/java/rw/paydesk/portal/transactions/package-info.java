/**
 * The Transactions page (the ledger, lazily paged with filters and sorting), its exports (CSV,
 * XLSX, PDF) and a movement's detail page with its timeline.
 */
package rw.paydesk.portal.transactions;
