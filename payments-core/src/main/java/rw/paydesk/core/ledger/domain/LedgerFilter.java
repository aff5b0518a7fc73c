package rw.paydesk.core.ledger.domain;

import java.time.Instant;
import java.util.Locale;

/**
 * What the Transactions page narrows the ledger to. Every field is optional.
 *
 * @param from      made at or after (inclusive)
 * @param to        made before (exclusive)
 * @param direction collections or payouts
 * @param status    one status
 * @param currency  ISO 4217
 * @param provider  operator, card brand or bank, as recorded (matched without regard to case)
 * @param reference the beginning of the reference (letters matched in capitals)
 * @param phone     the beginning of a phone or account number; spaces, {@code +}, the country
 *                  code 250 and a leading 0 are ignored
 */
public record LedgerFilter(Instant from, Instant to, Direction direction, LedgerStatus status, String currency,
                           String provider, String reference, String phone) {

    public static LedgerFilter none() {
        return new LedgerFilter(null, null, null, null, null, null, null, null);
    }

    public LedgerFilter {
        currency = blankToNull(currency) == null ? null : currency.trim().toUpperCase(Locale.ROOT);
        provider = blankToNull(provider);
        reference = blankToNull(reference) == null ? null : reference.trim().toUpperCase(Locale.ROOT);
        phone = blankToNull(phone) == null ? null : phone.replaceAll("[^0-9]", "");
        if (phone != null && phone.isEmpty()) {
            throw new IllegalArgumentException("A phone or account number is made of digits.");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("The start of the period must be before its end.");
        }
    }

    /**
     * The national form of the phone searched for, as records keep it ({@code 788123456} for
     * {@code +250 788 123 456} or {@code 0788123456}); the digits as typed for anything else.
     */
    public String nationalPhone() {
        if (phone == null) {
            return null;
        }
        String digits = phone;
        if (digits.startsWith("250") && digits.length() > 9) {
            digits = digits.substring(3);
        }
        while (digits.startsWith("0") && digits.length() > 1) {
            digits = digits.substring(1);
        }
        return digits;
    }

    public boolean isEmpty() {
        return equals(none());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
