/**
 * A stateful emulator of the Rwanda Pay API v1 under {@code /sandbox/rwandapay/v1}: collections with
 * their hosted pages, refunds, hosted checkout, withdrawals, the merchant wallet, signed webhooks,
 * idempotency keys and the sandbox plan's rate limit. Shares the sandbox's database, clock and
 * webhook outbox; nothing else with the DGS-Pay emulation.
 */
package rw.paydesk.sandbox.rwandapay;
