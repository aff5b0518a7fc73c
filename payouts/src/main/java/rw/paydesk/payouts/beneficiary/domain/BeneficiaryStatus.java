package rw.paydesk.payouts.beneficiary.domain;

/**
 * Where a beneficiary stands. New or changed payout details wait for a second person's
 * approval; DISABLED is final, so a disabled beneficiary is never quietly revived.
 */
public enum BeneficiaryStatus {
    PENDING_APPROVAL,
    APPROVED,
    DISABLED
}
