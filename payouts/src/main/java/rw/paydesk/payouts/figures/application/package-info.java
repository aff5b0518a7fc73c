/**
 * What was paid out, single payouts and bulk rows together, counted by the database for the
 * dashboard.
 */
package rw.paydesk.payouts.figures.application;
