package rw.paydesk.sandbox.auth;

import jakarta.enterprise.context.RequestScoped;

/** The account behind the current request's bearer token, set by {@link AuthenticationFilter}. */
@RequestScoped
public class Caller {

    private Account account;

    void set(Account account) {
        this.account = account;
    }

    public Account account() {
        if (account == null) {
            throw new IllegalStateException("no authenticated caller on this request");
        }
        return account;
    }
}
