package rw.paydesk.core.collection.application;

import java.math.BigDecimal;

/**
 * A card payment as the terminal sends it: the card itself only as the browser encrypted it.
 *
 * @param amount            what the cardholder pays
 * @param currency          RWF or USD
 * @param brand             VISA or MASTERCARD, as the browser read it from the number
 * @param customer          the cardholder's name
 * @param email             the cardholder's email
 * @param country           ISO code of the cardholder's phone
 * @param phone             the cardholder's phone
 * @param description       what it is for
 * @param encryptedCardData opaque, never logged or stored
 * @param simulationContext sandbox only: the simulation context to ask for, or blank
 * @param simulationOutcome sandbox only: the issuer's answer to simulate, or blank
 */
public record CardPaymentRequest(BigDecimal amount, String currency, String brand, String customer, String email,
                                 String country, String phone, String description, String encryptedCardData,
                                 String simulationContext, String simulationOutcome) {

    @Override
    public String toString() {
        return "CardPaymentRequest[" + amount + " " + currency + ", " + brand + "]";
    }
}
