package rw.paydesk.payouts.beneficiary.domain;

/** Where a payout lands: a bank account or a mobile-money wallet. */
public enum BeneficiaryType {
    BANK,
    MOBILE
}
