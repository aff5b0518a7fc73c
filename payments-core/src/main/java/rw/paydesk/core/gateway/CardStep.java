package rw.paydesk.core.gateway;

import java.util.Map;

/**
 * The answer to a step the card issuer asked for.
 *
 * @param method {@code pin}, {@code otp} or {@code avs}
 * @param fields {@code encrypted_pin}; {@code code}; or the address fields
 */
public record CardStep(String method, Map<String, String> fields) {

    @Override
    public String toString() {
        return "CardStep[" + method + "]";
    }
}
