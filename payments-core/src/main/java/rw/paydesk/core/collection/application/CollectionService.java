package rw.paydesk.core.collection.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import rw.paydesk.core.collection.domain.Charge;
import rw.paydesk.core.gateway.GatewayCharge;
import rw.paydesk.core.gateway.GatewayOutcomeUnknownException;
import rw.paydesk.core.gateway.GatewayRejectedException;
import rw.paydesk.core.gateway.GatewayUnavailableException;
import rw.paydesk.core.gateway.MobileMoneyCollection;
import rw.paydesk.core.gateway.Capability;
import rw.paydesk.core.gateway.GatewayAccount;
import rw.paydesk.core.gateway.GatewayAccounts;
import rw.paydesk.core.gateway.MobileMoneyChannel;
import rw.paydesk.core.identity.domain.Role;
import rw.paydesk.core.money.Money;
import rw.paydesk.core.party.Country;
import rw.paydesk.core.party.CustomerName;
import rw.paydesk.core.party.EmailAddress;
import rw.paydesk.core.party.PhoneNumber;
import rw.paydesk.core.party.Reference;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Asking customers for money. The charge and its reference are committed before the
 * gateway is called; the call itself runs outside any transaction; its answer, or the lack
 * of one, is committed after it.
 */
@Stateless
@RolesAllowed(Role.MAKER_NAME)
public class CollectionService {

    @Inject
    ChargeRecords records;

    @Inject
    GatewayAccounts gateways;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** Sends a payment prompt to the customer's phone; answers the charge's reference. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String requestMobileMoney(MobileMoneyRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        GatewayAccount account = field(errors, "gateway", () -> account(request.gateway()));
        Country country = field(errors, "country", () -> country(account, request.country()));
        PhoneNumber phone = country == null ? null : field(errors, "phone", () -> PhoneNumber.parse(country, request.phone()));
        String provider = country == null ? null : field(errors, "provider", () -> provider(country, phone, request.provider()));
        Money amount = country == null ? null : field(errors, "amount", () -> amount(request.amount(), country, account));
        CustomerName customer = field(errors, "customer", () -> new CustomerName(request.customer()));
        String email = field(errors, "email", () -> email(request.email()));
        String description = field(errors, "description", () -> optionalText(request.description(), 200, "The description"));
        String orderId = field(errors, "orderId", () -> optionalText(request.orderId(), 64, "The order number"));
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
        Reference reference = Reference.generate("PDM");
        Charge charge = Charge.mobileMoney(account.id(), reference, amount, phone, provider, customer, email, description,
                session.getCallerPrincipal().getName(), clock.instant());
        records.store(charge);
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("source", "paydesk");
        if (orderId != null) {
            metadata.put("order_id", orderId);
        }
        try {
            MobileMoneyChannel channel = gateways.channel(account.id(), MobileMoneyChannel.class);
            GatewayCharge answer = channel.collectMobileMoney(new MobileMoneyCollection(reference, amount, provider,
                    customer, email, phone, description, metadata, account.webhookUrl()));
            records.answered(reference.value(), answer);
        } catch (GatewayRejectedException e) {
            records.refused(reference.value(), e.code(), describe(e));
        } catch (GatewayUnavailableException e) {
            records.refused(reference.value(), "NOT_SENT", e.getMessage());
        } catch (GatewayOutcomeUnknownException e) {
            records.unknown(reference.value(), e.getMessage());
        }
        return reference.value();
    }

    private GatewayAccount account(String id) {
        String chosen = id == null || id.isBlank() ? GatewayAccount.DGS : id.trim();
        GatewayAccount account = gateways.find(chosen).filter(a -> gateways.isEnabled(a.id()))
                .orElseThrow(() -> new IllegalArgumentException("Choose a gateway account that is switched on."));
        if (!account.supports(Capability.MOBILE_MONEY)) {
            throw new IllegalArgumentException(account.name() + " does not collect mobile money.");
        }
        return account;
    }

    private static Country country(GatewayAccount account, String code) {
        Country country = Country.of(code);
        if (account != null && !account.currencies().contains(country.currency().getCurrencyCode())) {
            throw new IllegalArgumentException(account.name() + " collects only in " + String.join(", ", account.currencies().stream().sorted().toList())
                    + ", so only from " + (account.currencies().contains("RWF") ? "Rwanda" : "its own countries") + ".");
        }
        return country;
    }

    private static String describe(GatewayRejectedException e) {
        return e.fieldErrors().isEmpty() ? e.getMessage() : e.getMessage() + ": " + e.fieldErrors();
    }

    private static String provider(Country country, PhoneNumber phone, String chosen) {
        Optional<String> detected = phone == null ? Optional.empty() : phone.detectedProvider();
        if (chosen == null || chosen.isBlank()) {
            return detected.orElseThrow(() -> new IllegalArgumentException("Choose the customer's provider."));
        }
        String provider = country.provider(chosen).orElseThrow(() -> new IllegalArgumentException(
                chosen + " is not a provider in " + country.label() + ": choose " + String.join(" or ", country.providers()) + "."));
        if (detected.isPresent() && !detected.get().equals(provider)) {
            throw new IllegalArgumentException("This number belongs to " + detected.get() + ", not " + provider + ".");
        }
        return provider;
    }

    private static Money amount(BigDecimal value, Country country, GatewayAccount account) {
        Money amount = amount(value, country);
        if (account != null && account.minimum() != null && amount.currency().equals(account.minimum().currency())
                && amount.compareTo(account.minimum()) < 0) {
            throw new IllegalArgumentException(account.name() + " collects at least " + account.minimum().format() + ".");
        }
        if (account != null && account.maximum() != null && amount.currency().equals(account.maximum().currency())
                && amount.compareTo(account.maximum()) > 0) {
            throw new IllegalArgumentException(account.name() + " collects at most " + account.maximum().format() + ".");
        }
        return amount;
    }

    private static Money amount(BigDecimal value, Country country) {
        if (value == null) {
            throw new IllegalArgumentException("Enter the amount.");
        }
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("The amount must be more than zero.");
        }
        try {
            return Money.of(value, country.currency());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(country.currency().getCurrencyCode() + " amounts have "
                    + (Money.minorDigits(country.currency()) == 0 ? "no decimals." : Money.minorDigits(country.currency()) + " decimals at most."));
        }
    }

    private static String email(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Enter the customer's email: the gateway requires one.");
        }
        return new EmailAddress(value).value();
    }

    private static String optionalText(String value, int max, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.trim().length() > max) {
            throw new IllegalArgumentException(what + " may have at most " + max + " characters.");
        }
        return value.trim();
    }

    private static <T> T field(Map<String, String> errors, String name, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (IllegalArgumentException e) {
            errors.put(name, e.getMessage());
            return null;
        }
    }
}
