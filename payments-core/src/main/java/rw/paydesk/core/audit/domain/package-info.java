/**
 * The append-only audit log: its event, the actions it records, and how it is searched.
 */
package rw.paydesk.core.audit.domain;
