package rw.paydesk.portal.collections;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import rw.paydesk.core.collection.application.CardPaymentRequest;
import rw.paydesk.core.collection.application.CardTerminal;
import rw.paydesk.core.collection.application.ChargeQueries;
import rw.paydesk.core.collection.application.InputException;
import rw.paydesk.core.collection.domain.Charge;
import rw.paydesk.core.gateway.GatewayUnavailableException;
import rw.paydesk.core.party.Country;
import rw.paydesk.portal.faces.FieldErrors;
import rw.paydesk.portal.faces.Messages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The card terminal. The card's fields never reach this bean: the browser encrypts them with
 * the gateway's key and only the encrypted blob arrives, to be passed on and forgotten.
 */
@Named
@ViewScoped
public class CardTerminalBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CardTerminal terminal;

    @Inject
    ChargeQueries charges;

    private BigDecimal amount;
    private String currency = "RWF";
    private String customer;
    private String email;
    private String country = Country.RW.name();
    private String phone;
    private String description;
    private String brand;
    private String simulationContext;
    private String simulationOutcome;
    /** Only between the form and the service call; never kept after it. */
    private transient String encrypted;
    private transient String encryptedPin;
    private String otp;
    private String line1;
    private String city;
    private String state;
    private String addressCountry;
    private String postalCode;

    private String reference;
    private String publicKey;

    public String getPublicKey() {
        if (publicKey == null) {
            try {
                publicKey = terminal.publicKey();
            } catch (GatewayUnavailableException e) {
                Messages.error("The gateway's card key could not be read, so cards cannot be taken right now.");
                publicKey = "";
            }
        }
        return publicKey;
    }

    public void start() {
        try {
            reference = terminal.start(new CardPaymentRequest(amount, currency, brand, customer, email, country, phone,
                    description, encrypted, simulationContext, simulationOutcome));
        } catch (InputException wrong) {
            Map<String, String> errors = new LinkedHashMap<>(wrong.fieldErrors());
            String card = errors.remove("card");
            if (card != null) {
                errors.put("encrypted", card); // the card's only field on the server is its encrypted form
            }
            FieldErrors.show("card", errors);
        } finally {
            encrypted = null;
        }
    }

    public void answerPin() {
        answer("PIN", Map.of("encrypted_pin", encryptedPin == null ? "" : encryptedPin));
        encryptedPin = null;
    }

    public void answerOtp() {
        answer("OTP", Map.of("code", otp == null ? "" : otp.trim()));
        otp = null;
    }

    public void answerAvs() {
        Map<String, String> address = new LinkedHashMap<>();
        address.put("line1", line1);
        address.put("city", city);
        address.put("state", state);
        address.put("country", addressCountry);
        address.put("postal_code", postalCode);
        address.values().removeIf(v -> v == null || v.isBlank());
        answer("AVS", address);
    }

    private void answer(String step, Map<String, String> fields) {
        try {
            terminal.answer(reference, step, fields);
        } catch (InputException wrong) {
            FieldErrors.show("step", wrong.fieldErrors());
        }
    }

    /** Another payment: the form empties, the last one stays in the collections list. */
    public void next() {
        reference = null;
        amount = null;
        customer = null;
        email = null;
        phone = null;
        description = null;
        brand = null;
    }

    public Charge getCharge() {
        return reference == null ? null : charges.byReference(reference).orElse(null);
    }

    public boolean isWaiting() {
        Charge charge = getCharge();
        return charge != null && !charge.status().isFinal();
    }

    public List<String> getSimulationContexts() {
        return List.of("auth_pin", "auth_pin_3ds", "auth_3ds", "auth_avs");
    }

    public List<String> getSimulationOutcomes() {
        return List.of("approved", "insufficient_funds", "incorrect_pin", "expired_card", "blocked_first_use",
                "exceeds_withdrawal_limit");
    }

    public Country[] getCountries() {
        return Country.values();
    }

    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public String getCustomer() { return customer; }
    public void setCustomer(String customer) { this.customer = customer; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getBrand() { return brand; }
    public void setBrand(String brand) { this.brand = brand; }
    public String getSimulationContext() { return simulationContext; }
    public void setSimulationContext(String simulationContext) { this.simulationContext = simulationContext; }
    public String getSimulationOutcome() { return simulationOutcome; }
    public void setSimulationOutcome(String simulationOutcome) { this.simulationOutcome = simulationOutcome; }
    /** Write-only from the page: the value is never rendered back. */
    public String getEncrypted() { return null; }
    public void setEncrypted(String encrypted) { this.encrypted = encrypted; }
    public String getEncryptedPin() { return null; }
    public void setEncryptedPin(String encryptedPin) { this.encryptedPin = encryptedPin; }
    public String getOtp() { return otp; }
    public void setOtp(String otp) { this.otp = otp; }
    public String getLine1() { return line1; }
    public void setLine1(String line1) { this.line1 = line1; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getState() { return state; }
    public void setState(String state) { this.state = state; }
    public String getAddressCountry() { return addressCountry; }
    public void setAddressCountry(String addressCountry) { this.addressCountry = addressCountry; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String postalCode) { this.postalCode = postalCode; }
    public String getReference() { return reference; }
}
