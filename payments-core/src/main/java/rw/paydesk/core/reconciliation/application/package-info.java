/**
 * Reconciliation: a timer that runs once across the cluster (a database lease) and brings
 * PayDesk's records in line with what the gateway says.
 */
package rw.paydesk.core.reconciliation.application;
