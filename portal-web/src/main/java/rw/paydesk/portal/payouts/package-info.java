/** Payout pages: beneficiaries, the payout form and list, the approvers' queue, a payout's detail. */
package rw.paydesk.portal.payouts;
