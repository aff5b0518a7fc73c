/**
 * Charges: money asked of customers, with the state machine that only moves forward.
 */
package rw.paydesk.core.collection.domain;
