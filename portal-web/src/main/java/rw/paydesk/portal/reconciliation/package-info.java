/** The Reconciliation pages: the differences found, their history, and resolving them. */
package rw.paydesk.portal.reconciliation;
