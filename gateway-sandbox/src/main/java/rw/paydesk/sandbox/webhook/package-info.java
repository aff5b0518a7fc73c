/** Webhook deliveries to callback URLs with the shared-secret header, retries with back-off and their log. */
package rw.paydesk.sandbox.webhook;
