/**
 * Reconciliation's rules: how the three accounts of a movement (PayDesk's record, the gateway's
 * transaction list, the webhooks received) are compared ({@link rw.paydesk.core.reconciliation.domain.Matcher}),
 * and how a difference found ages and is closed ({@link rw.paydesk.core.reconciliation.domain.Difference}).
 * Plain Java with JPA annotations, unit tested without a container.
 */
package rw.paydesk.core.reconciliation.domain;
