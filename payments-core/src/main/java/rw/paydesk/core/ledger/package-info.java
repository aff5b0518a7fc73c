/**
 * The transaction ledger: every movement of money, PayDesk's own records merged with the
 * gateway's transaction list, one row per reference, for the Transactions page and its exports.
 */
package rw.paydesk.core.ledger;
