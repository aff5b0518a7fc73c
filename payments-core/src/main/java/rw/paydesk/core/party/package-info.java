/**
 * Who money comes from and goes to, as value objects that check themselves: countries and
 * their providers, phone numbers, customer names, references.
 */
package rw.paydesk.core.party;
