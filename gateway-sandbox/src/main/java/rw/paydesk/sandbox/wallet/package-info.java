/** The wallet API: balances per currency, the transaction list and the status of one transaction. */
package rw.paydesk.sandbox.wallet;
