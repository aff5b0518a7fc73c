package rw.paydesk.core.link.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import rw.paydesk.core.collection.application.InputException;
import rw.paydesk.core.gateway.Capability;
import rw.paydesk.core.gateway.CheckoutChannel;
import rw.paydesk.core.gateway.GatewayAccount;
import rw.paydesk.core.gateway.GatewayAccounts;
import rw.paydesk.core.gateway.GatewayOutcomeUnknownException;
import rw.paydesk.core.gateway.GatewayRejectedException;
import rw.paydesk.core.gateway.GatewayUnavailableException;
import rw.paydesk.core.gateway.LinkRequest;
import rw.paydesk.core.gateway.PaymentGateway;
import rw.paydesk.core.gateway.infrastructure.dgs.DgsSettings;
import rw.paydesk.core.identity.domain.Role;
import rw.paydesk.core.link.domain.PaymentLink;
import rw.paydesk.core.money.Money;
import rw.paydesk.core.party.Reference;
import rw.paydesk.core.platform.PaydeskSettings;

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
    GatewayAccounts gateways;

    @Inject
    PaydeskSettings settings;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /**
     * Creates a link through gateway account {@code gatewayId} (DGS-Pay API v2 if blank) and
     * answers its id here. A refusal is kept on the link (FAILED, with the gateway's words) and
     * thrown as an {@link InputException}. Through an account that offers hosted checkout rather than payment
     * links, the link is a checkout session: {@code methods} do not apply, and the amount must
     * be within the account's currencies and bounds, checked before anything is sent.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long create(String gatewayId, BigDecimal amount, String currency, Set<PaymentLink.PayMethod> methods,
                       String description, String orderId) {
        Map<String, String> errors = new LinkedHashMap<>();
        GatewayAccount account = null;
        try {
            account = account(gatewayId);
        } catch (IllegalArgumentException e) {
            errors.put("gateway", e.getMessage());
        }
        boolean checkout = account != null && !account.supports(Capability.PAYMENT_LINKS);
        Money money = null;
        if (currency == null || !CURRENCIES.contains(currency)) {
            errors.put("currency", "Choose the currency.");
        } else if (checkout && !account.currencies().contains(currency)) {
            errors.put("currency", account.name() + " takes only "
                    + String.join(", ", account.currencies().stream().sorted().toList()) + ".");
        } else if (amount == null || amount.signum() <= 0) {
            errors.put("amount", "Enter an amount of more than zero.");
        } else {
            try {
                money = Money.of(amount, Money.currency(currency));
                String outOfBounds = account == null ? null : outOfBounds(money, account);
                if (outOfBounds != null) {
                    errors.put("amount", outOfBounds);
                    money = null;
                }
            } catch (IllegalArgumentException e) {
                errors.put("amount", currency + " amounts have " + (Money.minorDigits(Money.currency(currency)) == 0
                        ? "no decimals." : "at most two decimals."));
            }
        }
        if (!checkout && (methods == null || methods.isEmpty())) {
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
        return checkout ? openCheckout(account, money, description, orderId) : createLink(money, methods, description, orderId);
    }

    private long createLink(Money money, Set<PaymentLink.PayMethod> methods, String description, String orderId) {
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

    /**
     * Opens a hosted checkout session. Our reference is committed with the link before the
     * call and is the session's {@code tx_ref} and idempotency key; the gateway reports the
     * payment to the account's webhook URL under that reference.
     */
    private long openCheckout(GatewayAccount account, Money money, String description, String orderId) {
        Reference reference = Reference.generate("PDL");
        PaymentLink link = PaymentLink.checkout(account.id(), reference.value(), money, description, orderId,
                session.getCallerPrincipal().getName(), clock.instant());
        long id = records.store(link);
        try {
            CheckoutChannel channel = gateways.channel(account.id(), CheckoutChannel.class);
            records.created(id, channel.openCheckout(reference.value(), new CheckoutChannel.CheckoutRequest(money, null,
                    null, null, checkoutDescription(link), settings.publicUrl(), account.webhookUrl())));
        } catch (GatewayRejectedException e) {
            String message = e.fieldErrors().isEmpty() ? e.getMessage() : String.join(" ", e.fieldErrors().values());
            records.refused(id, message);
            throw new InputException(Map.of(e.fieldErrors().containsKey("amount") ? "amount" : "form",
                    account.name() + " refused the link: " + message));
        } catch (GatewayUnavailableException | GatewayOutcomeUnknownException e) {
            // no money moves when a session is opened, and nobody has its address: it is simply not used
            records.refused(id, e.getMessage());
            throw new InputException(Map.of("form", account.name() + " did not answer, so no link was made. Try again."));
        }
        return id;
    }

    private static String checkoutDescription(PaymentLink link) {
        if (link.orderId() == null) {
            return link.description();
        }
        return (link.description() == null ? "" : link.description() + " · ") + "order " + link.orderId();
    }

    private GatewayAccount account(String id) {
        String chosen = id == null || id.isBlank() ? GatewayAccount.DGS : id.trim();
        GatewayAccount account = gateways.find(chosen).filter(a -> gateways.isEnabled(a.id()))
                .orElseThrow(() -> new IllegalArgumentException("Choose a gateway account that is switched on."));
        if (!account.supports(Capability.PAYMENT_LINKS) && !account.supports(Capability.CHECKOUT_LINKS)) {
            throw new IllegalArgumentException(account.name() + " does not make payment links.");
        }
        return account;
    }

    /** Why the account would refuse the amount, or null: its floor and ceiling, in its currency. */
    static String outOfBounds(Money money, GatewayAccount account) {
        if (account.minimum() != null && money.currency().equals(account.minimum().currency())
                && money.compareTo(account.minimum()) < 0) {
            return account.name() + " takes at least " + account.minimum().format() + ".";
        }
        if (account.maximum() != null && money.currency().equals(account.maximum().currency())
                && money.compareTo(account.maximum()) > 0) {
            return account.name() + " takes at most " + account.maximum().format() + ".";
        }
        return null;
    }

    private static String firstKey(GatewayRejectedException e) {
        return e.fieldErrors().keySet().stream().findFirst().map(k -> k.contains("payment_methods") ? "methods" : k)
                .orElse("form");
    }
}
