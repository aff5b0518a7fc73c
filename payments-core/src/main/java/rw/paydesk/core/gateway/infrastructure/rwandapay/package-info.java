/** The Rwanda Pay API v1 adapter: mobile money, refunds, checkout links, withdrawals, balance. */
package rw.paydesk.core.gateway.infrastructure.rwandapay;
