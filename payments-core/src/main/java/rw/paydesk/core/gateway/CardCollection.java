package rw.paydesk.core.gateway;

import rw.paydesk.core.money.Money;
import rw.paydesk.core.party.CustomerName;
import rw.paydesk.core.party.PhoneNumber;
import rw.paydesk.core.party.Reference;

import java.util.Map;

/**
 * A card payment to start.
 *
 * @param reference         ours, stored before the call
 * @param amount            what the cardholder pays
 * @param brand             VISA or MASTERCARD
 * @param customer          the cardholder's name
 * @param email             the cardholder's email
 * @param phone             the cardholder's phone
 * @param encryptedCardData the card's fields, encrypted in the browser with the gateway's public key; opaque here
 * @param description       what it is for
 * @param metadata          e.g. order_id
 * @param callbackUrl       where the gateway reports the outcome
 * @param simulation        sandbox only: {@code context} and {@code response} of the simulation, else empty
 */
public record CardCollection(Reference reference, Money amount, String brand, CustomerName customer, String email,
                             PhoneNumber phone, String encryptedCardData, String description,
                             Map<String, String> metadata, String callbackUrl, Map<String, String> simulation) {

    @Override
    public String toString() {
        // never print the card blob, even encrypted
        return "CardCollection[" + reference + ", " + amount + ", " + brand + "]";
    }
}
