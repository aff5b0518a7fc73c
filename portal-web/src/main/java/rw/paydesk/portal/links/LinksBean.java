package rw.paydesk.portal.links;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import rw.paydesk.core.collection.application.InputException;
import rw.paydesk.core.gateway.Capability;
import rw.paydesk.core.gateway.CheckoutChannel;
import rw.paydesk.core.gateway.GatewayAccount;
import rw.paydesk.core.gateway.GatewayAccounts;
import rw.paydesk.core.link.application.PaymentLinkQueries;
import rw.paydesk.core.link.application.PaymentLinkService;
import rw.paydesk.core.link.domain.PaymentLink;
import rw.paydesk.portal.faces.FieldErrors;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The payment links page: create a link through a gateway account that makes them (a payment
 * link or a hosted checkout session, with only the options that account has), and the list of
 * links with their state and account.
 */
@Named
@ViewScoped
public class LinksBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PaymentLinkService service;

    @Inject
    PaymentLinkQueries queries;

    @Inject
    ExternalContext external;

    @Inject
    GatewayAccounts gateways;

    @Inject
    Clock clock;

    private String gateway;
    private BigDecimal amount;
    private String currency = "RWF";
    private PaymentLink.PayMethod[] methods = PaymentLink.PayMethod.values();
    private String description;
    private String orderId;

    private transient List<PaymentLink> recent;

    @PostConstruct
    void init() {
        gateway = getGateways().stream().findFirst().map(GatewayAccount::id).orElse(GatewayAccount.DGS);
    }

    public void create() throws IOException {
        try {
            long id = service.create(gateway, amount, currency,
                    methods == null || methods.length == 0 ? EnumSet.noneOf(PaymentLink.PayMethod.class)
                            : EnumSet.copyOf(List.of(methods)), description, orderId);
            external.redirect(external.getRequestContextPath() + "/links/detail.xhtml?id=" + id);
        } catch (InputException wrong) {
            FieldErrors.show("link", wrong.fieldErrors());
        }
    }

    /** The gateway account changed: its currencies replace the others. */
    public void gatewayChanged() {
        if (!getCurrencies().contains(currency)) {
            currency = getCurrencies().get(0);
        }
    }

    /** The switched-on accounts that make payment links or hosted checkout sessions, DGS-Pay API v2 first. */
    public List<GatewayAccount> getGateways() {
        return gateways.enabled().stream()
                .filter(a -> a.supports(Capability.PAYMENT_LINKS) || a.supports(Capability.CHECKOUT_LINKS)).toList();
    }

    /** Whether the chosen account makes hosted checkout sessions, where the gateway's page offers its own ways to pay. */
    public boolean isCheckout() {
        return chosen().map(a -> !a.supports(Capability.PAYMENT_LINKS)).orElse(false);
    }

    /** For a checkout session: the amounts the account takes and how long a session stays open. */
    public String getCheckoutTerms() {
        Optional<GatewayAccount> account = chosen();
        if (account.isEmpty() || !isCheckout()) {
            return "";
        }
        GatewayAccount a = account.get();
        Instant now = clock.instant();
        long minutes = gateways.existing(a.id(), CheckoutChannel.class)
                .map(c -> Duration.between(now, c.defaultExpiry(now)).toMinutes()).orElse(30L);
        return (a.minimum() == null || a.maximum() == null ? ""
                : "From " + a.minimum().format() + " to " + a.maximum().format() + ". ")
                + "The customer pays by mobile money on " + a.name() + "'s checkout page; the link expires "
                + minutes + " minutes after it is made.";
    }

    public String gatewayName(PaymentLink link) {
        return gateways.nameOf(link.gateway());
    }

    private Optional<GatewayAccount> chosen() {
        return getGateways().stream().filter(a -> a.id().equals(gateway)).findFirst();
    }

    public String state(PaymentLink link) {
        return link.isExpiredAt(clock.instant()) ? "EXPIRED" : link.status().name();
    }

    public List<PaymentLink> getRecent() {
        if (recent == null) {
            recent = queries.recent(100);
        }
        return recent;
    }

    public List<String> getCurrencies() {
        if (isCheckout()) {
            return chosen().orElseThrow().currencies().stream().sorted().toList();
        }
        return PaymentLinkService.CURRENCIES.stream().sorted((a, b) -> a.equals("RWF") ? -1 : b.equals("RWF") ? 1
                : a.compareTo(b)).toList();
    }

    public PaymentLink.PayMethod[] getAllMethods() {
        return PaymentLink.PayMethod.values();
    }

    public String methodLabel(PaymentLink.PayMethod method) {
        return method == PaymentLink.PayMethod.CARD ? "Card" : "Mobile money";
    }

    public String getGateway() {
        return gateway;
    }

    public void setGateway(String gateway) {
        this.gateway = gateway;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public PaymentLink.PayMethod[] getMethods() {
        return methods;
    }

    public void setMethods(PaymentLink.PayMethod[] methods) {
        this.methods = methods;
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
}
