/** Sandbox foreign-exchange rates and conversion rounded to the destination currency's minor unit. */
package rw.paydesk.sandbox.fx;
