package rw.paydesk.portal.payouts;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import rw.paydesk.core.collection.application.InputException;
import rw.paydesk.payouts.beneficiary.domain.Beneficiary;
import rw.paydesk.payouts.request.application.PayoutForm;
import rw.paydesk.payouts.request.application.PayoutPreview;
import rw.paydesk.payouts.request.application.PayoutQueries;
import rw.paydesk.payouts.request.application.PayoutService;
import rw.paydesk.payouts.request.domain.Payout;
import rw.paydesk.portal.faces.FieldErrors;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The payouts page: the maker's form (checked first, so the fee, the quote and the balance
 * are seen before anyone approves), the approvers' queue and the latest payouts.
 */
@Named
@ViewScoped
public class PayoutsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PayoutService service;

    @Inject
    PayoutQueries queries;

    @Inject
    ExternalContext external;

    private Long copy;
    private Long beneficiaryId;
    private BigDecimal amount;
    private String sourceCurrency = "RWF";
    private String description;
    private String simulationContext;
    private PayoutPreview preview;

    private transient List<Payout> recent;
    private transient List<Payout> queue;
    private transient List<Beneficiary> beneficiaries;
    private transient List<String> currencies;

    /** "Make again": the form starts from an earlier payout. */
    public void load() {
        if (copy != null && external.isUserInRole("MAKER")) {
            queries.byId(copy).ifPresent(p -> {
                beneficiaryId = p.beneficiaryId();
                amount = p.amount().amount();
                sourceCurrency = p.sourceCurrency().getCurrencyCode();
                description = p.description();
            });
        }
    }

    /** Checks the form and shows what will leave the wallet; nothing is created yet. */
    public void check() {
        try {
            preview = service.preview(form(null));
        } catch (InputException wrong) {
            preview = null;
            FieldErrors.show("payout", wrong.fieldErrors());
        }
    }

    /** Creates the payout as checked; it waits for approval. */
    public void request() throws IOException {
        if (preview == null) {
            check();
            return;
        }
        try {
            Payout p = service.request(form(preview.quote() == null ? null : preview.quote().rateId()));
            external.redirect(external.getRequestContextPath() + "/payouts/detail.xhtml?id=" + p.id() + "&created=true");
        } catch (InputException wrong) {
            preview = null;
            FieldErrors.show("payout", rename(wrong.fieldErrors()));
        }
    }

    /** A change to the form makes the maker check again. */
    public void changed() {
        preview = null;
    }

    private PayoutForm form(String rateId) {
        return new PayoutForm(beneficiaryId, amount, sourceCurrency, "RWF", description, rateId,
                simulationContext == null || simulationContext.isBlank() ? null : simulationContext);
    }

    private static Map<String, String> rename(Map<String, String> errors) {
        // the quote's error belongs next to the currency the maker chose
        return errors.containsKey("rate") ? Map.of("sourceCurrency", errors.get("rate")) : errors;
    }

    public List<Payout> getRecent() {
        if (recent == null) {
            recent = queries.recent(100);
        }
        return recent;
    }

    public List<Payout> getQueue() {
        if (queue == null) {
            queue = queries.awaitingApproval();
        }
        return queue;
    }

    public List<Beneficiary> getBeneficiaries() {
        if (beneficiaries == null) {
            beneficiaries = service.payableBeneficiaries();
        }
        return beneficiaries;
    }

    public List<String> getSourceCurrencies() {
        if (currencies == null) {
            currencies = service.walletCurrencies();
        }
        return currencies;
    }

    public List<String> getSimulationContexts() {
        return PayoutService.SIMULATION_CONTEXTS;
    }

    public boolean isSandbox() {
        return service.sandbox();
    }

    public PayoutPreview getPreview() {
        return preview;
    }

    public Long getCopy() {
        return copy;
    }

    public void setCopy(Long copy) {
        this.copy = copy;
    }

    public Long getBeneficiaryId() {
        return beneficiaryId;
    }

    public void setBeneficiaryId(Long beneficiaryId) {
        this.beneficiaryId = beneficiaryId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getSourceCurrency() {
        return sourceCurrency;
    }

    public void setSourceCurrency(String sourceCurrency) {
        this.sourceCurrency = sourceCurrency;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getSimulationContext() {
        return simulationContext;
    }

    public void setSimulationContext(String simulationContext) {
        this.simulationContext = simulationContext;
    }
}
