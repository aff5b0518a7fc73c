/** The HTTP boundary of the emulated gateway: routes, JSON in and out, errors in the documented shape. */
package rw.paydesk.sandbox.api;
