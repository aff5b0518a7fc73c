/**
 * Administrators' pages: users and the audit log. The services behind them check the
 * ADMIN role themselves.
 */
package rw.paydesk.portal.admin;
