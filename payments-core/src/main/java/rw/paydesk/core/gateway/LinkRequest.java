package rw.paydesk.core.gateway;

import rw.paydesk.core.money.Money;

import java.util.Map;
import java.util.Set;

/**
 * A payment link to create.
 *
 * @param amount      what the customer pays
 * @param methods     CARD and/or MOMO
 * @param description what the customer sees
 * @param metadata    e.g. order_id
 * @param callbackUrl where the gateway reports the payment
 */
public record LinkRequest(Money amount, Set<String> methods, String description, Map<String, String> metadata,
                          String callbackUrl) {
}
