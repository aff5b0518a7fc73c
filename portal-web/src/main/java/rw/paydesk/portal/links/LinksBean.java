package rw.paydesk.portal.links;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import rw.paydesk.core.collection.application.InputException;
import rw.paydesk.core.link.application.PaymentLinkQueries;
import rw.paydesk.core.link.application.PaymentLinkService;
import rw.paydesk.core.link.domain.PaymentLink;
import rw.paydesk.portal.faces.FieldErrors;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;

/** The payment links page: create a link, and the list of links with their state. */
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
    Clock clock;

    private BigDecimal amount;
    private String currency = "RWF";
    private PaymentLink.PayMethod[] methods = PaymentLink.PayMethod.values();
    private String description;
    private String orderId;

    private transient List<PaymentLink> recent;

    public void create() throws IOException {
        try {
            long id = service.create(amount, currency,
                    methods == null || methods.length == 0 ? EnumSet.noneOf(PaymentLink.PayMethod.class)
                            : EnumSet.copyOf(List.of(methods)), description, orderId);
            external.redirect(external.getRequestContextPath() + "/links/detail.xhtml?id=" + id);
        } catch (InputException wrong) {
            FieldErrors.show("link", wrong.fieldErrors());
        }
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
        return PaymentLinkService.CURRENCIES.stream().sorted((a, b) -> a.equals("RWF") ? -1 : b.equals("RWF") ? 1
                : a.compareTo(b)).toList();
    }

    public PaymentLink.PayMethod[] getAllMethods() {
        return PaymentLink.PayMethod.values();
    }

    public String methodLabel(PaymentLink.PayMethod method) {
        return method == PaymentLink.PayMethod.CARD ? "Card" : "Mobile money";
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
