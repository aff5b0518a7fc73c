/**
 * Bank and mobile-money payouts to Rwanda, paid from a wallet in any FX currency: acknowledgement,
 * simulated outcomes, fees, the conversion to RWF and the bank list.
 */
package rw.paydesk.sandbox.payout;
