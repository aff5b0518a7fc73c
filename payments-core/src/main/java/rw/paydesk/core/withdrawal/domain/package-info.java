/**
 * Withdrawals: the merchant's own money moved from a gateway wallet to the merchant's own
 * mobile-money number, with the state machine that only moves forward and the PIN rules.
 */
package rw.paydesk.core.withdrawal.domain;
