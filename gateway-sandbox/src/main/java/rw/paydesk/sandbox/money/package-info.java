/** Amounts, currencies and the documented country/provider table; rules every feature checks against. */
package rw.paydesk.sandbox.money;
