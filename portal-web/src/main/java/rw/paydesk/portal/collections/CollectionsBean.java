package rw.paydesk.portal.collections;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import rw.paydesk.core.collection.application.ChargeQueries;
import rw.paydesk.core.collection.application.CollectionService;
import rw.paydesk.core.collection.application.InputException;
import rw.paydesk.core.collection.application.MobileMoneyRequest;
import rw.paydesk.core.gateway.Capability;
import rw.paydesk.core.gateway.GatewayAccount;
import rw.paydesk.core.gateway.GatewayAccounts;
import rw.paydesk.core.collection.domain.Charge;
import rw.paydesk.core.money.Money;
import rw.paydesk.core.party.Country;
import rw.paydesk.core.refund.application.RefundService;
import rw.paydesk.core.refund.domain.Refund;
import rw.paydesk.core.refund.domain.RefundStatus;
import rw.paydesk.core.party.PhoneNumber;
import rw.paydesk.portal.faces.FieldErrors;
import rw.paydesk.portal.faces.Messages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The collections page: ask a customer for mobile money, and watch recent charges move
 * from pending to their outcome without reloading.
 */
@Named
@ViewScoped
public class CollectionsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 50;

    @Inject
    CollectionService collections;

    @Inject
    ChargeQueries charges;

    @Inject
    GatewayAccounts gateways;

    private String gateway = GatewayAccount.DGS;
    private String country = Country.RW.name();
    private String provider;
    private String phone;
    private BigDecimal amount;
    private String customer;
    private String email;
    private String description;
    private String orderId;
    private String detected;

    private transient List<Charge> recent;
    private transient java.util.Map<String, List<Refund>> refunds;

    @Inject
    RefundService refundService;

    @Inject
    jakarta.security.enterprise.SecurityContext security;

    private String refundCharge;
    private BigDecimal refundAmount;
    private String refundReason;

    public void request() {
        try {
            String reference = collections.requestMobileMoney(new MobileMoneyRequest(gateway, country, provider, phone, amount,
                    customer, email, description, orderId));
            Charge sent = charges.byReference(reference).orElseThrow();
            switch (sent.status()) {
                case FAILED -> Messages.error("The gateway refused the request " + reference + ": " + sent.gatewayMessage());
                case UNKNOWN -> Messages.error("No answer from the gateway for " + reference
                        + ". Do not ask again: PayDesk will find out what happened and update it.");
                default -> Messages.info("Payment prompt " + reference + " sent to " + sent.provider() + " "
                        + PhoneNumber.parse(Country.of(sent.country()), sent.phone()).display()
                        + ". Waiting for the customer to approve.");
            }
            phone = null;
            amount = null;
            customer = null;
            email = null;
            description = null;
            orderId = null;
            provider = null;
            detected = null;
            recent = null;
        } catch (InputException wrong) {
            FieldErrors.show("collect", wrong.fieldErrors());
        }
    }

    /** The gateway account changed: only the countries it collects from remain. */
    public void gatewayChanged() {
        if (java.util.Arrays.stream(getCountries()).noneMatch(c -> c.name().equals(country))) {
            country = Country.RW.name();
        }
        countryChanged();
        phoneChanged();
    }

    /** The switched-on accounts that collect mobile money. */
    public List<GatewayAccount> getGateways() {
        return gateways.offering(Capability.MOBILE_MONEY);
    }

    public String gatewayName(Charge charge) {
        return gateways.nameOf(charge.gateway());
    }

    public String getGateway() {
        return gateway;
    }

    public void setGateway(String gateway) {
        this.gateway = gateway;
    }

    /** The country changed: its providers replace the old ones. */
    public void countryChanged() {
        provider = null;
        detected = null;
    }

    /** The number changed: in Rwanda the prefix tells the provider. */
    public void phoneChanged() {
        detected = null;
        try {
            PhoneNumber number = PhoneNumber.parse(Country.of(country), phone);
            number.detectedProvider().ifPresent(p -> {
                provider = p;
                detected = p + " number";
            });
        } catch (IllegalArgumentException notYet) {
            // the full check, with its message, happens when the form is sent
        }
    }

    public void refresh() {
        recent = null;
        refunds = null;
    }

    /** What has been refunded of a charge, and what is still under way, in a line; empty when nothing. */
    public String refundLine(Charge charge) {
        List<Refund> of = refundsOf(charge);
        if (of.isEmpty()) {
            return "";
        }
        Money done = Money.zero(charge.amount().currency());
        int open = 0;
        int failed = 0;
        for (Refund r : of) {
            switch (r.status()) {
                case SUCCESSFUL -> done = done.plus(r.amount());
                case UNKNOWN -> open++;
                case FAILED -> failed++;
            }
        }
        List<String> parts = new java.util.ArrayList<>();
        if (done.isPositive()) {
            parts.add("Refunded " + done.format());
        }
        if (open > 0) {
            parts.add(open + " refund" + (open > 1 ? "s" : "") + " under way");
        }
        if (failed > 0) {
            parts.add(failed + " refused: " + of.stream().filter(r -> r.status() == RefundStatus.FAILED)
                    .reduce((a, b) -> b).map(Refund::gatewayMessage).orElse(""));
        }
        return String.join(" · ", parts);
    }

    /** Whether the signed-in person may refund this charge now (an approver; a refunding account; money left). */
    public boolean refundable(Charge charge) {
        return security.isCallerInRole(rw.paydesk.core.identity.domain.Role.APPROVER_NAME)
                && charge.status() == rw.paydesk.core.collection.domain.ChargeStatus.SUCCESSFUL
                && refundService.canRefund(charge) && left(charge).isPositive();
    }

    private Money left(Charge charge) {
        return Refund.refundable(charge.amount(), refundsOf(charge));
    }

    /** Opens the refund dialog for a charge, offering what is left of it. */
    public void startRefund(String reference) {
        refundCharge = reference;
        refundAmount = getRecent().stream().filter(c -> c.reference().equals(reference)).findFirst()
                .map(c -> left(c).amount()).orElse(null);
        refundReason = null;
    }

    public void refund() {
        try {
            String reference = refundService.refund(refundCharge, refundAmount, refundReason);
            refresh();
            Refund done = refundsOfReference(refundCharge).stream().filter(r -> r.reference().equals(reference)).findFirst()
                    .orElseThrow();
            switch (done.status()) {
                case SUCCESSFUL -> Messages.info("Refund " + reference + ": " + done.amount().format() + " of "
                        + refundCharge + " is on its way back to the customer.");
                case FAILED -> Messages.error("The gateway refused refund " + reference + ": " + done.gatewayMessage());
                case UNKNOWN -> Messages.error("No answer from the gateway for refund " + reference
                        + ". Do not refund again: PayDesk asks again with the same key, so it is never refunded twice.");
            }
            org.primefaces.PrimeFaces.current().executeScript("PF('refundDialog').hide()");
        } catch (InputException wrong) {
            FieldErrors.show("refund-form", wrong.fieldErrors());
        }
    }

    private List<Refund> refundsOf(Charge charge) {
        return refundsOfReference(charge.reference());
    }

    private List<Refund> refundsOfReference(String chargeReference) {
        if (refunds == null) {
            refunds = refundService.ofCharges(getRecent().stream().map(Charge::reference).toList()).stream()
                    .collect(java.util.stream.Collectors.groupingBy(Refund::chargeReference));
        }
        return refunds.getOrDefault(chargeReference, List.of());
    }

    public String getRefundCharge() {
        return refundCharge;
    }

    public BigDecimal getRefundAmount() {
        return refundAmount;
    }

    public void setRefundAmount(BigDecimal refundAmount) {
        this.refundAmount = refundAmount;
    }

    public String getRefundReason() {
        return refundReason;
    }

    public void setRefundReason(String refundReason) {
        this.refundReason = refundReason;
    }

    public List<Charge> getRecent() {
        if (recent == null) {
            recent = charges.recent(SHOWN);
        }
        return recent;
    }

    /** Whether any charge shown still waits for its outcome: the page keeps polling while so. */
    public boolean isAnyOpen() {
        return getRecent().stream().anyMatch(c -> !c.status().isFinal()
                || refundsOf(c).stream().anyMatch(r -> !r.status().isFinal()));
    }

    public String phoneDisplay(Charge charge) {
        try {
            return PhoneNumber.parse(Country.of(charge.country()), charge.phone()).display();
        } catch (RuntimeException unreadable) {
            return charge.phone();
        }
    }

    /** The countries the chosen account collects from (by their currency). */
    public Country[] getCountries() {
        java.util.Set<String> currencies = gateways.find(gateway).map(GatewayAccount::currencies).orElse(java.util.Set.of());
        return java.util.Arrays.stream(Country.values())
                .filter(c -> currencies.isEmpty() || currencies.contains(c.getCurrencyCode())).toArray(Country[]::new);
    }

    public List<String> getProviders() {
        return Country.of(country).providers();
    }

    public String getCurrency() {
        return Country.of(country).getCurrencyCode();
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getCustomer() {
        return customer;
    }

    public void setCustomer(String customer) {
        this.customer = customer;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getOrderId() {
        return orderId;
    }

    public void setOrderId(String orderId) {
        this.orderId = orderId;
    }

    public String getDetected() {
        return detected;
    }
}
