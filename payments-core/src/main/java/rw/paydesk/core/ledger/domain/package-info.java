/**
 * The ledger's entries and how the two sides of a movement (ours and the gateway's) merge into
 * one row; plain Java, unit tested without a container.
 */
package rw.paydesk.core.ledger.domain;
