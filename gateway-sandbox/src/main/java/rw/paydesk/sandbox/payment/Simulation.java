package rw.paydesk.sandbox.payment;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import rw.paydesk.sandbox.api.Validator;

import java.util.Optional;

/**
 * The optional {@code simulation} object of a collection request. A context without a response
 * means "approved".
 */
public record Simulation(SimulationContext context, SimulatedResponse response) {

    public static Optional<Simulation> read(Validator v, JsonObject body) {
        JsonValue value = body.get("simulation");
        if (value == null || value == JsonValue.NULL) {
            return Optional.empty();
        }
        if (!(value instanceof JsonObject simulation)) {
            v.error("simulation", "must be an object");
            return Optional.empty();
        }
        String contextText = Validator.text(simulation, "context");
        String responseText = Validator.text(simulation, "response");
        SimulationContext context = null;
        if (contextText != null) {
            context = SimulationContext.fromWire(contextText).orElse(null);
            if (context == null) {
                v.error("simulation.context", "must be one of " + SimulationContext.allowed());
            }
        }
        SimulatedResponse response = SimulatedResponse.APPROVED;
        if (responseText != null) {
            response = SimulatedResponse.fromWire(responseText).orElse(null);
            if (response == null) {
                v.error("simulation.response", "must be one of " + SimulatedResponse.allowed());
            }
        }
        if (contextText == null && responseText == null) {
            v.error("simulation", "must have a context and/or a response");
        }
        return v.ok() ? Optional.of(new Simulation(context, response)) : Optional.empty();
    }
}
