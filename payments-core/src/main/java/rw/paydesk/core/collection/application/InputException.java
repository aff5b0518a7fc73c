package rw.paydesk.core.collection.application;

import jakarta.ejb.ApplicationException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input a cashier must correct, field by field, in words they understand. Nothing was sent
 * to the gateway.
 */
@ApplicationException(rollback = true)
public class InputException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InputException(Map<String, String> fieldErrors) {
        super(String.join(" ", fieldErrors.values()));
        this.fieldErrors = Map.copyOf(new LinkedHashMap<>(fieldErrors));
    }

    /** Field name → what is wrong with it. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
