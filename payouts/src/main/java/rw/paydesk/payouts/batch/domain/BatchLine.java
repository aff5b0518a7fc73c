package rw.paydesk.payouts.batch.domain;

import rw.paydesk.core.money.Money;
import rw.paydesk.core.party.PhoneNumber;
import rw.paydesk.payouts.beneficiary.domain.BeneficiaryType;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * One payout row of a file that passed every check: where the money goes, how much (whole
 * RWF), what for, and the fee PayDesk expects.
 *
 * @param line          where it starts in the file
 * @param bankCode      the gateway's {@code bank_code_name} (bank rows)
 * @param bankName      the bank's name from the gateway's list (bank rows)
 * @param accountNumber digits only (bank rows)
 * @param phone         the wallet (mobile rows)
 * @param provider      as the gateway spells it, e.g. {@code MTN} (mobile rows)
 * @param email         required for bank rows, optional for mobile ones
 * @param simulation    sandbox only: the gateway's payout simulation context, or null
 * @param newPayee      whether no approved beneficiary has these payout details
 */
public record BatchLine(int line, BeneficiaryType type, String bankCode, String bankName, String accountNumber,
                        PhoneNumber phone, String provider, String firstName, String lastName, String email,
                        BigDecimal amount, String description, String simulation, BigDecimal expectedFee,
                        boolean newPayee) {

    static final Currency RWF = Currency.getInstance("RWF");

    public BatchLine {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(description, "description");
    }

    /** Who is paid, as duplicates are recognised: the bank account, or the wallet's number. */
    public String payeeKey() {
        return payeeKey(type, bankCode, accountNumber, phone == null ? null : phone.national());
    }

    /** Same payee and same amount: what makes a row a duplicate. */
    public String duplicateKey() {
        return payeeKey() + "|" + amount.stripTrailingZeros().toPlainString();
    }

    public Money money() {
        return Money.of(amount, RWF);
    }

    public BatchLine asNewPayee(boolean isNew) {
        return new BatchLine(line, type, bankCode, bankName, accountNumber, phone, provider, firstName, lastName, email,
                amount, description, simulation, expectedFee, isNew);
    }

    /** For people: "Access Bank Rwanda 100200300400, Grace Uwase" or "MTN 0788 123 456, Jean Mugisha". */
    public String payee() {
        return (type == BeneficiaryType.BANK ? bankName + " " + accountNumber : provider + " " + phone.display())
                + ", " + firstName + " " + lastName;
    }

    /**
     * The key of a payee from stored details: {@code BANK:access_rwanda:100200300400} or
     * {@code MOBILE:788123456} (Rwandan national number).
     */
    public static String payeeKey(BeneficiaryType type, String bankCode, String accountNumber, String nationalPhone) {
        return type == BeneficiaryType.BANK ? "BANK:" + bankCode + ":" + accountNumber : "MOBILE:" + nationalPhone;
    }
}
