package rw.paydesk.sandbox.card;

import rw.paydesk.sandbox.payment.SimulatedResponse;
import rw.paydesk.sandbox.payment.SimulationContext;

import java.util.List;
import java.util.Optional;

/**
 * The chain of checks a simulated issuer asks for, per simulation context, and where a simulated
 * refusal happens. Pure rules, no state: the charge stores which step it waits on.
 * <ul>
 *   <li>auth_pin: PIN, then OTP ("customer enters PIN/OTP")</li>
 *   <li>auth_pin_3ds: PIN, then a fail-over to 3-D Secure</li>
 *   <li>auth_3ds: 3-D Secure only</li>
 *   <li>auth_avs: address verification, then OTP</li>
 * </ul>
 * An {@code incorrect_pin} response fails at the PIN step; every other refusal comes after the last step.
 */
public final class CardFlow {

    public static final String PIN = "requires_pin";
    public static final String OTP = "requires_otp";
    public static final String AVS = "requires_avs";
    public static final String THREE_DS = "redirect_url";

    private CardFlow() {
    }

    public static List<String> steps(SimulationContext context) {
        return switch (context) {
            case AUTH_PIN -> List.of(PIN, OTP);
            case AUTH_PIN_3DS -> List.of(PIN, THREE_DS);
            case AUTH_3DS -> List.of(THREE_DS);
            case AUTH_AVS -> List.of(AVS, OTP);
        };
    }

    public static String first(SimulationContext context) {
        return steps(context).get(0);
    }

    /** The step after {@code current}, or empty when {@code current} was the last one. */
    public static Optional<String> next(SimulationContext context, String current) {
        List<String> steps = steps(context);
        int i = steps.indexOf(current);
        if (i < 0) {
            throw new IllegalArgumentException(current + " is not a step of " + context.wire());
        }
        return i + 1 < steps.size() ? Optional.of(steps.get(i + 1)) : Optional.empty();
    }

    /** True when completing {@code step} ends the charge as refused. */
    public static boolean refusedAt(SimulationContext context, SimulatedResponse response, String step) {
        if (response.approved()) {
            return false;
        }
        if (response == SimulatedResponse.INCORRECT_PIN && steps(context).contains(PIN)) {
            return PIN.equals(step);
        }
        return next(context, step).isEmpty();
    }

    /** The authorize_payment method that completes a step ("pin", "otp", "avs"); 3-D Secure has none. */
    public static Optional<String> methodFor(String step) {
        return switch (step) {
            case PIN -> Optional.of("pin");
            case OTP -> Optional.of("otp");
            case AVS -> Optional.of("avs");
            default -> Optional.empty();
        };
    }
}
