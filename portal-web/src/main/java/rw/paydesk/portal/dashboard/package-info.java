/**
 * The dashboard: balances at the gateway, today's collections and payouts, the last 30 days
 * as a chart, and what waits for the signed-in user.
 */
package rw.paydesk.portal.dashboard;
