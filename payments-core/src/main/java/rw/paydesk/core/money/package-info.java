/**
 * Money as a value object: an exact amount at the currency's own minor unit.
 * Shared by every module; no {@code double} ever carries an amount.
 */
package rw.paydesk.core.money;
