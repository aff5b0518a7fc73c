/**
 * The payment links pages: create, list, and one link with its QR code.
 */
package rw.paydesk.portal.links;
