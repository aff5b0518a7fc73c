package rw.paydesk.core.link.domain;

/**
 * Where a payment link stands: CREATING (asked of the gateway) → ACTIVE (customers can pay)
 * → PAID; or FAILED when the gateway refused to create it, or when the one payment attempt a
 * checkout session takes failed. An active link past its expiry
 * shows as expired without changing state, since a payment may still arrive for it.
 */
public enum LinkStatus {
    CREATING,
    ACTIVE,
    PAID,
    FAILED
}
