/** Mobile-money collections: validation of init_payment, the customer's prompt, simulated and timed-out outcomes. */
package rw.paydesk.sandbox.payment;
