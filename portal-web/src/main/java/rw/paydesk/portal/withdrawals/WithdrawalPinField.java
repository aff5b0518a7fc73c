package rw.paydesk.portal.withdrawals;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import rw.paydesk.core.withdrawal.domain.WithdrawalPin;

/**
 * The withdrawal PIN of one request. It is kept out of the page's view-scoped bean on purpose:
 * that bean lives in the HTTP session across requests (and may be serialized with it), this one
 * dies with the request and zeroes what it still holds. The page's field reads nothing back
 * ({@link #getPin()} is always null), so the PIN is never written into a page.
 */
@Named
@RequestScoped
public class WithdrawalPinField {

    private char[] pin;

    /** Never the PIN: the field is always shown empty. */
    public String getPin() {
        return null;
    }

    public void setPin(String typed) {
        WithdrawalPin.zero(pin);
        pin = typed == null ? null : typed.toCharArray();
    }

    /** Hands the PIN over (the caller zeroes it) and forgets it. */
    public char[] take() {
        char[] taken = pin;
        pin = null;
        return taken;
    }

    @PreDestroy
    void forget() {
        WithdrawalPin.zero(pin);
        pin = null;
    }
}
