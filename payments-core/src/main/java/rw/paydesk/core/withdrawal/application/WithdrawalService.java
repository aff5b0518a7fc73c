package rw.paydesk.core.withdrawal.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import rw.paydesk.core.collection.application.InputException;
import rw.paydesk.core.gateway.Capability;
import rw.paydesk.core.gateway.GatewayAccount;
import rw.paydesk.core.gateway.GatewayAccounts;
import rw.paydesk.core.gateway.GatewayOutcomeUnknownException;
import rw.paydesk.core.gateway.GatewayRejectedException;
import rw.paydesk.core.gateway.GatewayUnavailableException;
import rw.paydesk.core.gateway.WithdrawalChannel;
import rw.paydesk.core.gateway.WithdrawalChannel.GatewayWithdrawal;
import rw.paydesk.core.identity.domain.Role;
import rw.paydesk.core.money.Money;
import rw.paydesk.core.party.Country;
import rw.paydesk.core.party.PhoneNumber;
import rw.paydesk.core.party.Reference;
import rw.paydesk.core.withdrawal.domain.Withdrawal;
import rw.paydesk.core.withdrawal.domain.WithdrawalPin;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Withdrawing the merchant's own money to the merchant's own mobile-money number.
 *
 * <p>Approvers only: a withdrawal moves money out of the gateway wallet on one person's word
 * (there is no second pair of eyes, only the PIN), so it belongs to the role that already
 * releases payouts; makers prepare money movements, viewers only look.
 *
 * <p>The record and its reference are committed (and audited) before the gateway is called; the
 * call runs outside any transaction; its answer, or the lack of one, is committed after it. The
 * PIN is a {@code char[]} that is checked, handed to the gateway in that one call and zeroed
 * whatever happens; it is never stored, audited, logged or put into a message.
 */
@Stateless
@RolesAllowed(Role.APPROVER_NAME)
public class WithdrawalService {

    @Inject
    WithdrawalRecords records;

    @Inject
    GatewayAccounts gateways;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /**
     * Sends a withdrawal; answers its reference. Wrong input is an {@link InputException} that
     * names each field ({@code gateway}, {@code amount}, {@code phone}, {@code pin}), and nothing
     * is stored or sent. {@code pin} is zeroed before this returns or throws.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String withdraw(WithdrawalRequest request, char[] pin) {
        try {
            Map<String, String> errors = new LinkedHashMap<>();
            GatewayAccount account = field(errors, "gateway", () -> account(request.gateway()));
            WithdrawalChannel channel = account == null ? null
                    : field(errors, "gateway", () -> gateways.channel(account.id(), WithdrawalChannel.class));
            Money amount = field(errors, "amount", () -> amount(request.amount(), channel, account));
            PhoneNumber phone = field(errors, "phone", () -> PhoneNumber.parse(Country.RW, request.phone()));
            field(errors, "pin", () -> {
                WithdrawalPin.check(pin);
                return null;
            });
            if (!errors.isEmpty()) {
                throw new InputException(errors);
            }
            String provider = phone.detectedProvider().orElseThrow();
            Reference reference = Reference.generate("PDW");
            records.store(Withdrawal.request(account.id(), reference, amount, phone, provider,
                    session.getCallerPrincipal().getName(), clock.instant()));
            send(channel, reference.value(), amount, phone, provider, pin);
            return reference.value();
        } finally {
            WithdrawalPin.zero(pin);
        }
    }

    private void send(WithdrawalChannel channel, String reference, Money amount, PhoneNumber phone, String provider,
                      char[] pin) {
        try {
            GatewayWithdrawal answer = channel.withdraw(reference, amount.amount(), "0" + phone.national(), provider, pin);
            records.answered(reference, answer);
        } catch (GatewayRejectedException e) {
            records.refused(reference, e.code(), WithdrawalPin.scrub(describe(e), pin));
        } catch (GatewayUnavailableException e) {
            records.refused(reference, "NOT_SENT", e.getMessage());
        } catch (GatewayOutcomeUnknownException e) {
            records.unknown(reference, e.getMessage() + " Do not withdraw again: PayDesk asks the gateway what happened.");
        }
    }

    /** The switched-on accounts that offer withdrawals, for the page's choice. */
    public List<GatewayAccount> accounts() {
        return gateways.offering(Capability.WITHDRAWALS);
    }

    /** The smallest withdrawal of an account, to say it on the page before anyone types. */
    public Money minimum(String accountId) {
        return Money.of(gateways.channel(accountId, WithdrawalChannel.class).minimum(), Money.currency("RWF"));
    }

    private GatewayAccount account(String id) {
        List<GatewayAccount> offering = accounts();
        if (id == null || id.isBlank()) {
            if (offering.size() == 1) {
                return offering.get(0);
            }
            throw new IllegalArgumentException(offering.isEmpty() ? "No gateway account that offers withdrawals is switched on."
                    : "Choose the gateway account to withdraw from.");
        }
        return offering.stream().filter(a -> a.id().equals(id.trim())).findFirst().orElseThrow(() ->
                new IllegalArgumentException(gateways.find(id.trim()).map(a -> gateways.isEnabled(a.id())
                        ? a.name() + " does not offer withdrawals." : a.name() + " is switched off.")
                        .orElse("Choose a gateway account that is switched on.")));
    }

    private static Money amount(BigDecimal value, WithdrawalChannel channel, GatewayAccount account) {
        if (value == null) {
            throw new IllegalArgumentException("Enter the amount.");
        }
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("The amount must be more than zero.");
        }
        Money amount;
        try {
            amount = Money.of(value, Money.currency("RWF"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Withdrawals are in whole Rwandan francs, without decimals.");
        }
        if (channel != null && amount.amount().compareTo(channel.minimum()) < 0) {
            throw new IllegalArgumentException(account.name() + " pays out at least "
                    + Money.of(channel.minimum(), Money.currency("RWF")).format() + " a withdrawal.");
        }
        return amount;
    }

    /** The gateway's message with what it said of each field, e.g. "Validation Error: pin is incorrect". */
    static String describe(GatewayRejectedException e) {
        if (e.fieldErrors().isEmpty()) {
            return e.getMessage();
        }
        return e.getMessage() + ": " + e.fieldErrors().entrySet().stream().map(f -> f.getKey() + " " + f.getValue())
                .collect(Collectors.joining("; "));
    }

    private static <T> T field(Map<String, String> errors, String name, Supplier<T> check) {
        try {
            return check.get();
        } catch (IllegalArgumentException e) {
            errors.put(name, e.getMessage());
            return null;
        }
    }
}
