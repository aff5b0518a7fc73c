/**
 * The gateway port: what PayDesk asks of a payment gateway, in domain terms, and the three
 * ways a call can go wrong (refused, unknown outcome, unreachable).
 */
package rw.paydesk.core.gateway;
