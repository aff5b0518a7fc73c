/** Bank and mobile-money payouts: acknowledgement, simulated outcomes, fees and the bank list. */
package rw.paydesk.sandbox.payout;
