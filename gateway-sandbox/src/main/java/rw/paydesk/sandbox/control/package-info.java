/** Fault injection and counters for tests: latency, failing calls, webhook tricks, expiring tokens. */
package rw.paydesk.sandbox.control;
