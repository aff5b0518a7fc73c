/**
 * The gateway's webhook endpoint and the administrators' webhook log page.
 */
package rw.paydesk.portal.webhook;
