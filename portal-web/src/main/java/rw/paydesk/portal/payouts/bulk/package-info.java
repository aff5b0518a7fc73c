/**
 * The bulk payout pages: upload and check a file, the list of batches, one batch's dry run,
 * approval and progress, and its results file.
 */
package rw.paydesk.portal.payouts.bulk;
