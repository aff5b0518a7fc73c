package rw.paydesk.payouts.request.domain;

import jakarta.ejb.ApplicationException;

/**
 * A refused action on a payout, with a message meant for the finance user who tried it and
 * the kind of refusal, so services can audit it and pages can react. It rolls the
 * transaction back.
 */
@ApplicationException(rollback = true)
public class PayoutException extends RuntimeException {

    /** Why an action was refused. */
    public enum Refusal {
        /** The maker tried to approve their own payout. */
        SELF_APPROVAL,
        /** Someone tried to approve a payout they have already approved. */
        ALREADY_APPROVED,
        /** The action does not fit the payout's state. */
        WRONG_STATE,
        /** The payout's approvals ran out. */
        EXPIRED,
        /** Only the maker may do this. */
        NOT_THE_MAKER,
        /** The approved content is not what would be sent. */
        CONTENT_CHANGED,
        /** The beneficiary cannot be paid (not approved, cooling off, disabled, changed). */
        BENEFICIARY_NOT_USABLE,
        /** The request itself is incomplete or wrong. */
        INVALID
    }

    private final Refusal refusal;

    public PayoutException(Refusal refusal, String message) {
        super(message);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
