/** Refunds of collected payments, through gateway accounts that offer them (Rwanda Pay). */
package rw.paydesk.core.refund;
