/**
 * Balances as the gateway reports them.
 */
package rw.paydesk.core.balance.application;
