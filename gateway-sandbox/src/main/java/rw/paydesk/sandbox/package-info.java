/** The DGS-Pay API v2 sandbox: a stateful emulator of the documented gateway, deployed at /sandbox. */
package rw.paydesk.sandbox;
