package rw.paydesk.core.gateway;

import rw.paydesk.core.money.Money;
import rw.paydesk.core.party.CustomerName;
import rw.paydesk.core.party.PhoneNumber;
import rw.paydesk.core.party.Reference;

import java.util.Map;

/**
 * A request to collect money from a customer's mobile wallet.
 *
 * @param reference   ours, stored before the call
 * @param amount      in the country's currency
 * @param provider    as the gateway spells it (MTN, Airtel...)
 * @param customer    the customer's name
 * @param email       the customer's email (the gateway requires one)
 * @param phone       the wallet's number, which fixes the country
 * @param description shown to the customer where the provider allows
 * @param metadata    free key/values kept with the payment (e.g. order_id)
 * @param callbackUrl where the gateway sends the outcome
 */
public record MobileMoneyCollection(Reference reference, Money amount, String provider, CustomerName customer,
                                    String email, PhoneNumber phone, String description, Map<String, String> metadata,
                                    String callbackUrl) {
}
