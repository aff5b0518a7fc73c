/**
 * Exchange-rate quotes from the gateway, for everyone who works with money.
 */
package rw.paydesk.core.fx.application;
