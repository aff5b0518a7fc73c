/**
 * Filling the ledger (local sources and the gateway's list, incrementally, under a lease),
 * searching it page by page, and the timeline of one movement.
 */
package rw.paydesk.core.ledger.application;
