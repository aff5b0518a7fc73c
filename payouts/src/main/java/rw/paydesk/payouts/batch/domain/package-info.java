/**
 * Bulk payouts: a CSV file of payouts read and checked row by row before anything moves, the
 * batch that approvers approve as one content under the four-eyes rules, and its rows, each
 * sent with its own reference and followed to its outcome.
 */
package rw.paydesk.payouts.batch.domain;
