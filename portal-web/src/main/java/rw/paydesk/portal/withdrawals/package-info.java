/**
 * The withdrawals page: approvers withdraw the merchant's money to the merchant's own wallet;
 * approvers and viewers follow recent withdrawals.
 */
package rw.paydesk.portal.withdrawals;
