/** Merchant accounts from configuration and the bearer tokens they obtain with their client secret. */
package rw.paydesk.sandbox.auth;
