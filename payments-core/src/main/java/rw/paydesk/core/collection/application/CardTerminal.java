package rw.paydesk.core.collection.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import rw.paydesk.core.collection.domain.Charge;
import rw.paydesk.core.gateway.CardCollection;
import rw.paydesk.core.gateway.CardStep;
import rw.paydesk.core.gateway.GatewayOutcomeUnknownException;
import rw.paydesk.core.gateway.GatewayRejectedException;
import rw.paydesk.core.gateway.GatewayUnavailableException;
import rw.paydesk.core.gateway.PaymentGateway;
import rw.paydesk.core.gateway.infrastructure.dgs.DgsSettings;
import rw.paydesk.core.identity.domain.Role;
import rw.paydesk.core.money.Money;
import rw.paydesk.core.party.Country;
import rw.paydesk.core.party.CustomerName;
import rw.paydesk.core.party.EmailAddress;
import rw.paydesk.core.party.PhoneNumber;
import rw.paydesk.core.party.Reference;
import rw.paydesk.core.platform.GatewayEnvironment;
import rw.paydesk.core.platform.PaydeskSettings;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The card terminal: starts a card payment with card data the browser encrypted, then
 * answers each step the issuer asks for (PIN, OTP, address) until the payment is done.
 * The encrypted card data passes through untouched; it is never logged or stored.
 */
@Stateless
@RolesAllowed(Role.MAKER_NAME)
public class CardTerminal {

    private static final Set<String> CURRENCIES = Set.of("RWF", "USD");
    private static final Set<String> BRANDS = Set.of("VISA", "MASTERCARD");
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/=]{40,4096}");

    @Inject
    ChargeRecords records;

    @Inject
    ChargeQueries queries;

    @Inject
    PaymentGateway gateway;

    @Inject
    DgsSettings dgs;

    @Inject
    PaydeskSettings settings;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** The key the browser encrypts card data with. */
    public String publicKey() {
        return gateway.cardPublicKey();
    }

    /** Starts the payment; answers the charge's reference. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String start(CardPaymentRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        Money amount = null;
        if (request.currency() == null || !CURRENCIES.contains(request.currency())) {
            errors.put("currency", "Choose RWF or USD.");
        } else if (request.amount() == null || request.amount().signum() <= 0) {
            errors.put("amount", "Enter an amount of more than zero.");
        } else {
            try {
                amount = Money.of(request.amount(), Money.currency(request.currency()));
            } catch (IllegalArgumentException e) {
                errors.put("amount", request.currency() + (request.currency().equals("RWF") ? " amounts have no decimals."
                        : " amounts have at most two decimals."));
            }
        }
        CustomerName customer = null;
        try {
            customer = new CustomerName(request.customer());
        } catch (IllegalArgumentException e) {
            errors.put("customer", e.getMessage());
        }
        String email = null;
        try {
            email = new EmailAddress(request.email()).value();
        } catch (IllegalArgumentException e) {
            errors.put("email", e.getMessage());
        }
        PhoneNumber phone = null;
        try {
            phone = PhoneNumber.parse(Country.of(request.country()), request.phone());
        } catch (IllegalArgumentException e) {
            errors.put("phone", e.getMessage());
        }
        if (request.encryptedCardData() == null || !BASE64.matcher(request.encryptedCardData()).matches()
                || request.brand() == null || !BRANDS.contains(request.brand())) {
            errors.put("card", "Enter a VISA or Mastercard card number, its expiry and CVV.");
        }
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
        Reference reference = Reference.generate("PDC");
        records.store(Charge.card(reference, amount, request.brand(), phone, customer, email,
                blankToNull(request.description()), session.getCallerPrincipal().getName(), clock.instant()));
        Map<String, String> simulation = new LinkedHashMap<>();
        if (settings.environment() == GatewayEnvironment.SANDBOX) {
            putIfPresent(simulation, "context", request.simulationContext());
            putIfPresent(simulation, "response", request.simulationOutcome());
        }
        CardCollection card = new CardCollection(reference, amount, request.brand(), customer, email, phone,
                request.encryptedCardData(), blankToNull(request.description()), Map.of("source", "paydesk"),
                dgs.callbackUrl(), simulation);
        try {
            records.answered(reference.value(), gateway.chargeCard(card));
        } catch (GatewayRejectedException e) {
            records.refused(reference.value(), e.code(), e.fieldErrors().isEmpty() ? e.getMessage()
                    : e.getMessage() + ": " + String.join("; ", e.fieldErrors().values()));
        } catch (GatewayUnavailableException e) {
            records.refused(reference.value(), "NOT_SENT", e.getMessage());
        } catch (GatewayOutcomeUnknownException e) {
            records.unknown(reference.value(), e.getMessage());
        }
        return reference.value();
    }

    /** Answers the step the gateway waits for: {@code pin} (encrypted), {@code otp}, or {@code avs}. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void answer(String reference, String method, Map<String, String> fields) {
        Charge charge = queries.byReference(reference)
                .orElseThrow(() -> new InputException(Map.of("form", "There is no card payment " + reference + ".")));
        if (charge.status().isFinal() || charge.nextStep() == null || charge.gatewayTransactionId() == null) {
            throw new InputException(Map.of("form", "Payment " + reference + " is not waiting for a step."));
        }
        if (!charge.nextStep().equalsIgnoreCase(method)) {
            throw new InputException(Map.of("form", "Payment " + reference + " waits for " + charge.nextStep() + ", not " + method + "."));
        }
        records.stepAnswered(reference, method);
        try {
            records.answered(reference, gateway.authorizeCard(charge.gatewayTransactionId(),
                    new CardStep(method.toLowerCase(java.util.Locale.ROOT), fields)));
        } catch (GatewayRejectedException e) {
            // a refused step (say, a mistyped OTP) leaves the payment waiting: say why, change nothing
            throw new InputException(Map.of("form", e.fieldErrors().isEmpty() ? e.getMessage()
                    : String.join(" ", e.fieldErrors().values())));
        } catch (GatewayUnavailableException e) {
            throw new InputException(Map.of("form", e.getMessage()));
        } catch (GatewayOutcomeUnknownException e) {
            records.unknown(reference, e.getMessage());
        }
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value.trim());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
