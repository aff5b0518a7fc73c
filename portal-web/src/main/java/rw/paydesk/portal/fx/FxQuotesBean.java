package rw.paydesk.portal.fx;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import rw.paydesk.core.fx.application.FxQuoteService;
import rw.paydesk.core.fx.domain.QuoteInputException;
import rw.paydesk.core.fx.domain.QuoteRequest;
import rw.paydesk.core.gateway.FxQuote;
import rw.paydesk.core.gateway.GatewayOutcomeUnknownException;
import rw.paydesk.core.gateway.GatewayUnavailableException;
import rw.paydesk.portal.faces.FieldErrors;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The FX quotes page: an amount, two currencies, and the gateway's rate for them now. */
@Named
@ViewScoped
public class FxQuotesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FxQuoteService service;

    private String amount;
    private String from = "USD";
    private String to = "RWF";
    private transient FxQuote quote;
    private Instant askedAt;
    private String problem;

    public void quote() {
        quote = null;
        problem = null;
        try {
            QuoteRequest request = QuoteRequest.parse(amount, from, to);
            askedAt = Instant.now();
            quote = service.quote(request);
        } catch (QuoteInputException e) {
            FieldErrors.show("fx", e.fieldErrors());
        } catch (GatewayUnavailableException e) {
            problem = "The gateway did not give a quote just now: it could not be reached. Try again in a moment.";
        } catch (GatewayOutcomeUnknownException e) {
            problem = "The gateway did not give a quote just now: it did not answer in time, or answered with an error."
                    + " Try again in a moment.";
        } catch (EJBException e) {
            problem = "The gateway did not give a quote just now. Try again in a moment.";
        }
    }

    /** Swaps the two currencies, keeping the amount. */
    public void swap() {
        String was = from;
        from = to;
        to = was;
        quote = null;
        problem = null;
    }

    public List<String> getCurrencies() {
        return QuoteRequest.CURRENCIES;
    }

    public FxQuote getQuote() {
        return quote;
    }

    /** When the gateway quoted, or when PayDesk asked if the gateway did not say. */
    public Instant getQuotedAt() {
        return quote == null ? null : quote.quotedAt() != null ? quote.quotedAt() : askedAt;
    }

    /** 1 unit of the source in the destination, e.g. "1 USD = 1,450 RWF". */
    public String getRateText() {
        if (quote == null) {
            return "";
        }
        return "1 " + quote.source().currency().getCurrencyCode() + " = " + plain(quote.rate()) + " "
                + quote.destination().currency().getCurrencyCode();
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.##########",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ENGLISH));
        return format.format(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
    }

    public String getProblem() {
        return problem;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
