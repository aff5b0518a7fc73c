/** Server-rendered operator pages: landing page, accounts and balances, the shared HTML layout. */
package rw.paydesk.sandbox.operator;
