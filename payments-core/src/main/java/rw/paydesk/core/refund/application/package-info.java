/** Asking for refunds, following them to their outcome, and showing them in the ledger. */
package rw.paydesk.core.refund.application;
