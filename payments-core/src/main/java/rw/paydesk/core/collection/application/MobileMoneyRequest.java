package rw.paydesk.core.collection.application;

import java.math.BigDecimal;

/**
 * What a maker typed to ask a customer for mobile money. Checked by the service, which
 * names each wrong field.
 *
 * @param gateway     the gateway account to collect through; blank for DGS-Pay API v2
 * @param country     ISO code (RW, KE...), which fixes the currency
 * @param provider    the provider; blank to detect it from the number (Rwanda)
 * @param phone       as typed
 * @param amount      in the country's currency
 * @param customer    the customer's name
 * @param email       the customer's email
 * @param description what it is for
 * @param orderId     the merchant's order number, optional
 */
public record MobileMoneyRequest(String gateway, String country, String provider, String phone, BigDecimal amount, String customer,
                                 String email, String description, String orderId) {
}
