/**
 * The webhook inbox: every event the gateway sends, stored raw before anything else, how a
 * redelivery is recognised, and the event the rest of PayDesk observes to act on it.
 */
package rw.paydesk.core.webhook.domain;
