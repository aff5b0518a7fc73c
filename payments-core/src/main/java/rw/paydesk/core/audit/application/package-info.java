/**
 * Writing to the audit log in the caller's transaction, and searching it.
 */
package rw.paydesk.core.audit.application;
