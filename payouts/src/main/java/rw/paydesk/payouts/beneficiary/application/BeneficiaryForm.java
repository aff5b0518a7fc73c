package rw.paydesk.payouts.beneficiary.application;

/**
 * A beneficiary as typed on the page.
 *
 * @param type     {@code BANK} or {@code MOBILE}
 * @param bankCode the gateway's {@code bank_code_name} (bank)
 * @param country  ISO code (mobile); payouts go to Rwanda only
 * @param phone    as typed (mobile)
 * @param provider as the gateway spells it (mobile); detected from the number when blank
 */
public record BeneficiaryForm(String type, String bankCode, String accountNumber, String country, String phone,
                              String provider, String firstName, String lastName, String email) {
}
