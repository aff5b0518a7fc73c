/** Payment links: creation, the QR code and the hosted page where a customer pays by mobile money or card. */
package rw.paydesk.sandbox.link;
