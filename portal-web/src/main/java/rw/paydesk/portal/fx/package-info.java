/**
 * The FX quotes page.
 */
package rw.paydesk.portal.fx;
