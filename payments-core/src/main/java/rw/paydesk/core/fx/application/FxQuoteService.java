package rw.paydesk.core.fx.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import rw.paydesk.core.fx.domain.QuoteInputException;
import rw.paydesk.core.fx.domain.QuoteRequest;
import rw.paydesk.core.gateway.FxQuote;
import rw.paydesk.core.gateway.GatewayRejectedException;
import rw.paydesk.core.gateway.PaymentGateway;
import rw.paydesk.core.identity.domain.Role;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The gateway's exchange rate for an amount, to look at: nothing is booked, and payouts take
 * their own quote. A gateway that cannot be reached throws
 * {@link rw.paydesk.core.gateway.GatewayUnavailableException} or
 * {@link rw.paydesk.core.gateway.GatewayOutcomeUnknownException}; a gateway that refuses a
 * currency or amount is reported like wrong input.
 */
@Stateless
@RolesAllowed({Role.MAKER_NAME, Role.APPROVER_NAME, Role.VIEWER_NAME})
public class FxQuoteService {

    /** The gateway's field names, as the request sends them, and the page's. */
    private static final Map<String, String> FIELDS = Map.of("source_currency", "from", "destination_currency", "to",
            "amount", "amount");

    @Inject
    PaymentGateway gateway;

    public FxQuote quote(QuoteRequest request) {
        try {
            return gateway.fxQuote(request.amount(), request.destination());
        } catch (GatewayRejectedException e) {
            throw new QuoteInputException(fieldErrors(e, request));
        }
    }

    static Map<String, String> fieldErrors(GatewayRejectedException e, QuoteRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.fieldErrors().forEach((field, message) -> {
            String text = switch (field) {
                case "source_currency" -> "The gateway does not quote from "
                        + request.amount().currency().getCurrencyCode() + " (" + message + ").";
                case "destination_currency" -> "The gateway does not quote into "
                        + request.destination().getCurrencyCode() + " (" + message + ").";
                case "amount" -> "The gateway refused the amount (" + message + ").";
                default -> "The gateway refused the quote (" + field + ": " + message + ").";
            };
            errors.merge(FIELDS.getOrDefault(field, "form"), text, (a, b) -> a + " " + b);
        });
        if (errors.isEmpty()) {
            errors.put("form", "The gateway refused the quote: " + e.getMessage());
        }
        return errors;
    }
}
