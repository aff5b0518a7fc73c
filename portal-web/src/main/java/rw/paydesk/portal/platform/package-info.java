/**
 * Wiring of the running portal: data source, health, session cookie.
 */
package rw.paydesk.portal.platform;
