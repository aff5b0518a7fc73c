package rw.paydesk.core.gateway;

import rw.paydesk.core.party.PhoneNumber;

import java.util.Objects;

/**
 * Where a payout lands: a bank account or a mobile-money wallet, with the holder's names.
 *
 * @param bankCodeName  the gateway's {@code bank_code_name} (bank payee only)
 * @param accountNumber digits only (bank payee only)
 * @param phone         the wallet's number (mobile payee only)
 * @param provider      as the gateway spells it, e.g. {@code MTN} (mobile payee only)
 * @param email         the holder's email, or null
 */
public record Payee(Kind kind, String bankCodeName, String accountNumber, PhoneNumber phone, String provider,
                    String firstName, String lastName, String email) {

    /** Bank account or mobile-money wallet. */
    public enum Kind { BANK, MOBILE }

    public Payee {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        if (kind == Kind.BANK) {
            Objects.requireNonNull(bankCodeName, "bankCodeName");
            Objects.requireNonNull(accountNumber, "accountNumber");
        } else {
            Objects.requireNonNull(phone, "phone");
            Objects.requireNonNull(provider, "provider");
        }
    }

    public static Payee bank(String bankCodeName, String accountNumber, String firstName, String lastName, String email) {
        return new Payee(Kind.BANK, bankCodeName, accountNumber, null, null, firstName, lastName, email);
    }

    public static Payee mobile(PhoneNumber phone, String provider, String firstName, String lastName, String email) {
        return new Payee(Kind.MOBILE, null, null, phone, provider, firstName, lastName, email);
    }
}
