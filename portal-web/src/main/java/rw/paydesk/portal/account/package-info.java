/**
 * The signed-in user's own account: changing the password.
 */
package rw.paydesk.portal.account;
