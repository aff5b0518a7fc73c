/**
 * Bulk payout services: upload and dry run (MAKER), approval (APPROVER), background
 * submission row by row exactly once per reference, webhooks and the sweep that finishes
 * interrupted work.
 */
package rw.paydesk.payouts.batch.application;
