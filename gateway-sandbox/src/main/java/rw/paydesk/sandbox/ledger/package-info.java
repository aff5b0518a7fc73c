/** Transactions and wallets as stored: one row per collection or payout, balances per account and currency. */
package rw.paydesk.sandbox.ledger;
