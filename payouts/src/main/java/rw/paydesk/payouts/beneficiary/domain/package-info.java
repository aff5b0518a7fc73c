/**
 * Beneficiaries: the bank accounts and mobile wallets payouts may go to, each approved by a
 * second person and usable only after a cooling-off period. Plain domain code, tested without a container.
 */
package rw.paydesk.payouts.beneficiary.domain;
