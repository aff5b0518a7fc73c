/**
 * The approval policy of payouts: how many different people must approve an amount, how long
 * an approval counts, and the fingerprint that binds an approval to what the approver saw.
 */
package rw.paydesk.payouts.approval.domain;
