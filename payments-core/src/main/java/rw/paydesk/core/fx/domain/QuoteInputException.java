package rw.paydesk.core.fx.domain;

import jakarta.ejb.ApplicationException;

import java.util.LinkedHashMap;
import java.util.Map;

/** A quote request the user must correct, field by field ({@code amount}, {@code from}, {@code to}). */
@ApplicationException(rollback = false)
public class QuoteInputException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public QuoteInputException(Map<String, String> fieldErrors) {
        super(String.join(" ", fieldErrors.values()));
        this.fieldErrors = Map.copyOf(new LinkedHashMap<>(fieldErrors));
    }

    /** Field name → what is wrong with it. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
