/**
 * Withdrawing the merchant's own money: the request (approvers only), each step committed on its
 * own around the gateway call, the webhook updates, the status checks of reconciliation, the
 * ledger's view of withdrawals and the queries behind the withdrawals page.
 */
package rw.paydesk.core.withdrawal.application;
