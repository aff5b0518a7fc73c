package rw.paydesk.payouts.beneficiary.domain;

import jakarta.ejb.ApplicationException;

/**
 * A refused change to a beneficiary, or a beneficiary that cannot be paid yet, with a
 * message meant for the finance user who asked. It rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class BeneficiaryException extends RuntimeException {

    public BeneficiaryException(String message) {
        super(message);
    }
}
