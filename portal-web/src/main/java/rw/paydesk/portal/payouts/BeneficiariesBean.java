package rw.paydesk.portal.payouts;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import rw.paydesk.core.collection.application.InputException;
import rw.paydesk.core.gateway.Bank;
import rw.paydesk.payouts.beneficiary.application.BeneficiaryForm;
import rw.paydesk.payouts.beneficiary.application.BeneficiaryService;
import rw.paydesk.payouts.beneficiary.domain.Beneficiary;
import rw.paydesk.payouts.beneficiary.domain.BeneficiaryException;
import rw.paydesk.payouts.request.application.PayoutSettings;
import rw.paydesk.portal.faces.FieldErrors;
import rw.paydesk.portal.faces.Formats;
import rw.paydesk.portal.faces.Messages;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Beneficiaries: makers add and change them, an approver who did not enter the details
 * approves them, and each waits out the cooling-off before its first payout.
 */
@Named
@ViewScoped
public class BeneficiariesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BeneficiaryService service;

    @Inject
    PayoutSettings settings;

    @Inject
    Clock clock;

    @Inject
    Formats fmt;

    private String type = "MOBILE";
    private String bankCode;
    private String accountNumber;
    private String phone;
    private String provider;
    private String firstName;
    private String lastName;
    private String email;
    private Long editing;

    private transient List<Beneficiary> all;
    private transient List<Bank> banks;

    public void save() {
        BeneficiaryForm form = new BeneficiaryForm(type, bankCode, accountNumber, "RW", phone, provider, firstName,
                lastName, email);
        try {
            Beneficiary b = editing == null ? service.create(form) : service.change(editing, form);
            Messages.info(b.displayName() + (b.status().name().equals("APPROVED")
                    ? " saved." : " saved; an approver must check the details before payouts."));
            clear();
        } catch (InputException wrong) {
            FieldErrors.show("beneficiary", wrong.fieldErrors());
        } catch (BeneficiaryException refused) {
            FieldErrors.show("beneficiary", Map.of("form", refused.getMessage()));
        }
        all = null;
    }

    public void edit(Beneficiary b) {
        editing = b.id();
        type = b.type().name();
        bankCode = b.bankCode();
        accountNumber = b.accountNumber();
        phone = b.phoneNumber() == null ? null : b.phoneNumber().display();
        provider = b.provider();
        firstName = b.firstName();
        lastName = b.lastName();
        email = b.email();
    }

    public void clear() {
        editing = null;
        bankCode = accountNumber = phone = provider = firstName = lastName = email = null;
    }

    public void approve(Beneficiary b) {
        act(() -> service.approve(b.id(), b.payoutDetails()), " approved. Payouts to it can start ");
    }

    public void disable(Beneficiary b) {
        act(() -> service.disable(b.id()), " disabled.");
    }

    private void act(java.util.function.Supplier<Beneficiary> action, String done) {
        try {
            Beneficiary b = action.get();
            Messages.info(b.displayName() + done + (done.endsWith(" ")
                    ? b.usableFrom(settings.coolingOff()).map(this::when).orElse("") + "." : ""));
        } catch (BeneficiaryException refused) {
            Messages.error(refused.getMessage());
        }
        all = null;
    }

    private String when(Instant from) {
        return from.isAfter(clock.instant()) ? "on " + fmt.time(from) + " (Kigali)" : "now";
    }

    /** "Payable", "Cooling off until …", "Waiting for approval", "Disabled". */
    public String state(Beneficiary b) {
        return switch (b.status()) {
            case PENDING_APPROVAL -> "Waiting for approval";
            case DISABLED -> "Disabled";
            case APPROVED -> b.isUsableAt(clock.instant(), settings.coolingOff()) ? "Payable"
                    : "Cooling off until " + fmt.time(b.usableFrom(settings.coolingOff()).orElseThrow());
        };
    }

    public String stateClass(Beneficiary b) {
        return switch (b.status()) {
            case PENDING_APPROVAL -> "pending";
            case DISABLED -> "disabled";
            case APPROVED -> b.isUsableAt(clock.instant(), settings.coolingOff()) ? "successful" : "pending";
        };
    }

    public List<Beneficiary> getAll() {
        if (all == null) {
            all = service.all();
        }
        return all;
    }

    public List<Bank> getBanks() {
        if (banks == null) {
            try {
                banks = service.banks();
            } catch (RuntimeException e) {
                Messages.error("The gateway's list of banks could not be read: " + e.getMessage());
                banks = List.of();
            }
        }
        return banks;
    }

    public long getCoolingOffHours() {
        return settings.coolingOff().toHours();
    }

    public Long getEditing() { return editing; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getBankCode() { return bankCode; }
    public void setBankCode(String bankCode) { this.bankCode = bankCode; }
    public String getAccountNumber() { return accountNumber; }
    public void setAccountNumber(String accountNumber) { this.accountNumber = accountNumber; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getProvider() { return provider; }
    public void setProvider(String provider) { this.provider = provider; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
}
