/**
 * The balances page.
 */
package rw.paydesk.portal.balances;
