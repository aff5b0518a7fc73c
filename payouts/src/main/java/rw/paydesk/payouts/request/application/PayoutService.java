package rw.paydesk.payouts.request.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import rw.paydesk.core.collection.application.InputException;
import rw.paydesk.core.gateway.FxQuote;
import rw.paydesk.core.gateway.GatewayBalance;
import rw.paydesk.core.gateway.PaymentGateway;
import rw.paydesk.core.identity.domain.Role;
import rw.paydesk.core.money.Money;
import rw.paydesk.core.platform.GatewayEnvironment;
import rw.paydesk.core.platform.PaydeskSettings;
import rw.paydesk.payouts.beneficiary.domain.Beneficiary;
import rw.paydesk.payouts.request.domain.Payout;
import rw.paydesk.payouts.request.domain.PayoutException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What people do with payouts. Makers request, change and cancel; approvers approve or
 * reject. The rules themselves live in {@link Payout}; this service checks roles, shows the
 * fee, the quote and the balance before anyone decides, audits refused attempts, and hands
 * a fully approved payout to {@link PayoutSubmission}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PayoutService {

    /** Payouts arrive in Rwanda; the gateway arranges cross-border transfers separately. */
    static final Currency RWF = Currency.getInstance("RWF");

    /** The payout simulation contexts of the DGS-Pay sandbox. */
    public static final List<String> SIMULATION_CONTEXTS = List.of("successful", "blocked_bank", "insufficient_balance",
            "amount_below_limit_error", "amount_exceed_limit_error", "duplicate_reference");

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    @Inject
    PayoutRecords records;

    @Inject
    PayoutSubmission submission;

    @Inject
    PaymentGateway gateway;

    @Inject
    PayoutSettings settings;

    @Inject
    PaydeskSettings paydesk;

    @Inject
    QuoteBook quotes;

    @Inject
    java.time.Clock clock;

    @Resource
    SessionContext session;

    /**
     * Checks the form and answers what the maker should see before requesting: the quote (a
     * fresh one when the currencies differ), what arrives, the expected fee, the balance.
     */
    @RolesAllowed(Role.MAKER_NAME)
    public PayoutPreview preview(PayoutForm form) {
        return preview(form, null);
    }

    @RolesAllowed(Role.MAKER_NAME)
    public Payout request(PayoutForm form) {
        PayoutPreview preview = preview(form, form.rateId());
        try {
            return records.create(form, preview, caller());
        } catch (PayoutException e) {
            throw new InputException(Map.of(field(e), e.getMessage()));
        }
    }

    /** The maker changes a payout awaiting approval; a change of its content voids earlier approvals. */
    @RolesAllowed(Role.MAKER_NAME)
    public Payout revise(long id, PayoutForm form) {
        PayoutPreview preview = preview(form, form.rateId());
        return audited(id, "change", () -> records.revise(id, form, preview, caller()));
    }

    @RolesAllowed(Role.MAKER_NAME)
    public Payout cancel(long id) {
        return audited(id, "cancel", () -> records.cancel(id, caller()));
    }

    /**
     * The caller approves the payout as shown to them ({@code shownFingerprint}, from
     * {@link Payout#contentFingerprint()}). The final approval sends it at once.
     */
    @RolesAllowed(Role.APPROVER_NAME)
    public Payout approve(long id, String shownFingerprint) {
        records.expireIfDue(id);
        boolean last = audited(id, "approval", () -> records.approve(id, caller(), shownFingerprint));
        if (last) {
            submission.submit(id);
        }
        return em.find(Payout.class, id);
    }

    @RolesAllowed(Role.APPROVER_NAME)
    public Payout reject(long id, String reason) {
        records.expireIfDue(id);
        return audited(id, "rejection", () -> records.reject(id, caller(), reason));
    }

    /**
     * Whether the payout's wallet could pay it now (amount plus expected fee), as approvers see
     * it before deciding; empty when the balance cannot be read.
     */
    @RolesAllowed({Role.MAKER_NAME, Role.APPROVER_NAME, Role.VIEWER_NAME})
    public Optional<Money> withdrawableFor(Payout payout) {
        return Optional.ofNullable(withdrawable(payout.sourceCurrency()));
    }

    /** The approved beneficiaries a maker can pay now, past their cooling-off. */
    @RolesAllowed(Role.MAKER_NAME)
    public List<Beneficiary> payableBeneficiaries() {
        java.time.Instant now = clock.instant();
        return em.createNamedQuery(Beneficiary.ALL, Beneficiary.class).getResultStream()
                .filter(b -> b.isUsableAt(now, settings.coolingOff())).toList();
    }

    /** The currencies of the merchant's wallets, RWF first: what a payout can be paid from. */
    @RolesAllowed(Role.MAKER_NAME)
    public List<String> walletCurrencies() {
        try {
            List<String> codes = new java.util.ArrayList<>(gateway.balances().stream().map(GatewayBalance::currency)
                    .filter(c -> !c.equals("RWF")).sorted().toList());
            codes.add(0, "RWF");
            return codes;
        } catch (RuntimeException e) {
            return List.of("RWF");
        }
    }

    public boolean sandbox() {
        return paydesk.environment() == GatewayEnvironment.SANDBOX;
    }

    private PayoutPreview preview(PayoutForm form, String shownRateId) {
        Map<String, String> errors = new LinkedHashMap<>();
        Beneficiary b = form.beneficiaryId() == null ? null : em.find(Beneficiary.class, form.beneficiaryId());
        if (b == null) {
            errors.put("beneficiary", "Choose the beneficiary.");
        }
        Currency source = currency(errors, "sourceCurrency", form.sourceCurrency());
        Currency destination = currency(errors, "destinationCurrency", form.destinationCurrency());
        if (destination != null && !destination.equals(RWF)) {
            errors.put("destinationCurrency", "Payouts arrive in Rwanda in RWF; the gateway arranges other transfers separately.");
        }
        Money amount = null;
        if (form.amount() == null || form.amount().signum() <= 0) {
            errors.put("amount", "Enter an amount above zero.");
        } else if (source != null) {
            try {
                amount = Money.of(form.amount(), source);
            } catch (IllegalArgumentException e) {
                errors.put("amount", source.getCurrencyCode() + " amounts have " + (Money.minorDigits(source) == 0
                        ? "no decimals." : "at most " + Money.minorDigits(source) + " decimals."));
            }
        }
        String description = form.description() == null ? "" : form.description().trim();
        if (description.isEmpty() || description.length() > 200) {
            errors.put("description", "Say what the payout is for (at most 200 characters).");
        }
        if (form.simulationContext() != null && !form.simulationContext().isBlank()
                && (!sandbox() || !SIMULATION_CONTEXTS.contains(form.simulationContext()))) {
            errors.put("simulationContext", "Simulated outcomes exist in the sandbox only: " + SIMULATION_CONTEXTS + ".");
        }
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
        FxQuote quote = null;
        Money arrives = amount;
        if (!source.equals(destination)) {
            quote = shownRateId == null ? freshQuote(amount, destination) : shownQuote(shownRateId, amount, destination);
            arrives = quote.destination();
        }
        Money inRwf = arrives; // payouts arrive in RWF
        BigDecimal feeRwf = settings.expectedFeeInRwf(b.type(), inRwf.amount());
        Money fee = quote == null ? Money.of(feeRwf, source)
                : Money.of(feeRwf.divide(quote.rate(), Money.minorDigits(source), RoundingMode.CEILING), source);
        return new PayoutPreview(amount, quote, arrives, inRwf, fee, withdrawable(source),
                settings.policy().requiredApprovals(inRwf.amount()));
    }

    private FxQuote freshQuote(Money amount, Currency destination) {
        FxQuote quote;
        try {
            quote = gateway.fxQuote(amount, destination);
        } catch (RuntimeException e) {
            throw new InputException(Map.of("sourceCurrency", "No exchange rate could be had from the gateway: "
                    + e.getMessage()));
        }
        quotes.keep(caller(), quote);
        return quote;
    }

    /** The quote the maker was shown: it must still be fresh and be for this very amount. */
    private FxQuote shownQuote(String rateId, Money amount, Currency destination) {
        Optional<FxQuote> shown = quotes.find(caller(), rateId)
                .filter(q -> q.source().equals(amount) && q.destination().currency().equals(destination));
        if (shown.isEmpty()) {
            FxQuote fresh = freshQuote(amount, destination);
            throw new InputException(Map.of("rate", "The exchange-rate quote you saw has expired or was for another "
                    + "amount. The new quote is " + fresh.rate().stripTrailingZeros().toPlainString() + " ("
                    + fresh.destination().format() + "); check it and request again."));
        }
        return shown.get();
    }

    private Money withdrawable(Currency currency) {
        try {
            return gateway.balances().stream().filter(w -> w.currency().equalsIgnoreCase(currency.getCurrencyCode()))
                    .findFirst().map(w -> Money.of(w.withdrawable(), currency)).orElse(Money.zero(currency));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Currency currency(Map<String, String> errors, String field, String code) {
        try {
            return Money.currency(code == null || code.isBlank() ? "RWF" : code.trim());
        } catch (IllegalArgumentException e) {
            errors.put(field, "'" + code + "' is not a currency.");
            return null;
        }
    }

    private <T> T audited(long id, String action, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (PayoutException e) {
            records.refused(id, caller(), action, e.refusal() + ": " + e.getMessage());
            throw e;
        }
    }

    private static String field(PayoutException e) {
        return e.refusal() == PayoutException.Refusal.BENEFICIARY_NOT_USABLE ? "beneficiary" : "payout";
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
