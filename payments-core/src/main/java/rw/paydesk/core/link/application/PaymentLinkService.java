package rw.paydesk.core.link.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import rw.paydesk.core.collection.application.InputException;
import rw.paydesk.core.gateway.GatewayOutcomeUnknownException;
import rw.paydesk.core.gateway.GatewayRejectedException;
import rw.paydesk.core.gateway.GatewayUnavailableException;
import rw.paydesk.core.gateway.LinkRequest;
import rw.paydesk.core.gateway.PaymentGateway;
import rw.paydesk.core.gateway.infrastructure.dgs.DgsSettings;
import rw.paydesk.core.identity.domain.Role;
import rw.paydesk.core.link.domain.PaymentLink;
import rw.paydesk.core.money.Money;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Creating payment links. */
@Stateless
@RolesAllowed(Role.MAKER_NAME)
public class PaymentLinkService {

    /** Currencies a link may be in: those of the gateway's countries, and USD. */
    public static final Set<String> CURRENCIES = Set.of("RWF", "USD", "KES", "UGX", "TZS", "GHS", "NGN", "ZAR");

    @Inject
    LinkRecords records;

    @Inject
    PaymentGateway gateway;

    @Inject
    DgsSettings dgs;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /**
     * Creates a link at the gateway and answers its id here. A refusal is kept on the link
     * (FAILED, with the gateway's words) and thrown as an {@link InputException}.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long create(BigDecimal amount, String currency, Set<PaymentLink.PayMethod> methods, String description,
                       String orderId) {
        Map<String, String> errors = new LinkedHashMap<>();
        Money money = null;
        if (currency == null || !CURRENCIES.contains(currency)) {
            errors.put("currency", "Choose the currency.");
        } else if (amount == null || amount.signum() <= 0) {
            errors.put("amount", "Enter an amount of more than zero.");
        } else {
            try {
                money = Money.of(amount, Money.currency(currency));
            } catch (IllegalArgumentException e) {
                errors.put("amount", currency + " amounts have " + (Money.minorDigits(Money.currency(currency)) == 0
                        ? "no decimals." : "at most two decimals."));
            }
        }
        if (methods == null || methods.isEmpty()) {
            errors.put("methods", "Choose at least one way to pay: card or mobile money.");
        }
        if (description != null && description.trim().length() > 200) {
            errors.put("description", "The description may have at most 200 characters.");
        }
        if (orderId != null && orderId.trim().length() > 64) {
            errors.put("orderId", "The order number may have at most 64 characters.");
        }
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
        PaymentLink link = new PaymentLink(money, methods, description, orderId, session.getCallerPrincipal().getName(),
                clock.instant());
        long id = records.store(link);
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("source", "paydesk");
        metadata.put("paydesk_link_id", Long.toString(id));
        if (link.orderId() != null) {
            metadata.put("order_id", link.orderId());
        }
        try {
            records.created(id, gateway.createLink(new LinkRequest(money,
                    methods.stream().map(Enum::name).collect(Collectors.toSet()), link.description(), metadata,
                    dgs.callbackUrl())));
        } catch (GatewayRejectedException e) {
            String message = e.fieldErrors().isEmpty() ? e.getMessage() : String.join(" ", e.fieldErrors().values());
            records.refused(id, message);
            throw new InputException(Map.of("methods".equals(firstKey(e)) ? "methods" : "form", message));
        } catch (GatewayUnavailableException | GatewayOutcomeUnknownException e) {
            // no money moves when a link is created: a link we never heard back about is simply not used
            records.refused(id, e.getMessage());
            throw new InputException(Map.of("form", "The gateway did not answer, so no link was made. Try again."));
        }
        return id;
    }

    private static String firstKey(GatewayRejectedException e) {
        return e.fieldErrors().keySet().stream().findFirst().map(k -> k.contains("payment_methods") ? "methods" : k)
                .orElse("form");
    }
}
