/** Card collections: RSA decryption of card data, the PIN/OTP/AVS/3-D Secure chain, the hosted 3-D Secure page. */
package rw.paydesk.sandbox.card;
