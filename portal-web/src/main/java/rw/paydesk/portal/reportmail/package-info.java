/** Administrators' pages of e-mailed reports: subscriptions, run history, outbox. */
package rw.paydesk.portal.reportmail;
