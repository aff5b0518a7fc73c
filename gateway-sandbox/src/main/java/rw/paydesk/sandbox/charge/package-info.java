/**
 * The DGS-Pay mobile-money charges API ({@code POST /generation/v2/charges}): API-key
 * authentication, the request's rules, and charges kept as mobile-money collections in the ledger.
 */
package rw.paydesk.sandbox.charge;
