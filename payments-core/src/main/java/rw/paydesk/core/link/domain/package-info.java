/**
 * Payment links: an amount a customer pays by opening a link or scanning its QR code.
 */
package rw.paydesk.core.link.domain;
