/**
 * Payout requests: what a maker asks to send, its forward-only state machine, and the
 * four-eyes approval that must hold, unchanged and unexpired, when it is submitted.
 */
package rw.paydesk.payouts.request.domain;
