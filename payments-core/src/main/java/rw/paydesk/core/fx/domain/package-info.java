/**
 * Exchange-rate quotes: the currencies PayDesk asks the gateway to quote, and a checked
 * request for one.
 */
package rw.paydesk.core.fx.domain;
