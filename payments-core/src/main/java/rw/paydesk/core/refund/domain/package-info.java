/** The refund and its forward-only states. */
package rw.paydesk.core.refund.domain;
