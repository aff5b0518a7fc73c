package rw.paydesk.sandbox.fx;

import static rw.paydesk.sandbox.api.Jsons.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import rw.paydesk.sandbox.api.Validator;
import rw.paydesk.sandbox.api.Wire;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The fx-rate endpoint's answer: the documented "Sandbox Response". */
@ApplicationScoped
public class FxQuotes {

    /** "2026-01-07T12:45:00+00:00", as in the docs. */
    private static final DateTimeFormatter CREATED_AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx").withZone(ZoneOffset.UTC);

    /**
     * The rate id the sandbox issues for a currency pair. Its rates never move, so one id per pair
     * is enough; a payout between the two currencies accepts it.
     */
    public static String rateId(String source, String destination) {
        return "sim_" + source + "_" + destination;
    }

    public JsonObject quote(JsonObject body) {
        Validator v = new Validator();
        String source = v.required(body, "source_currency");
        String destination = v.required(body, "destination_currency");
        BigDecimal amount = v.amount(body, "amount");
        if (source != null && !FxRates.supports(source)) {
            v.error("source_currency", "is not a supported currency");
        }
        if (destination != null && !FxRates.supports(destination)) {
            v.error("destination_currency", "is not a supported currency");
        }
        v.throwIfInvalid(null);
        BigDecimal rate = FxRates.rate(source, destination);
        return JSON.createObjectBuilder()
                .add("status", "success")
                .add("message", "Sandbox FX rate retrieved successfully")
                .add("rate_id", rateId(source, destination))
                .add("rate", rate)
                .add("source", JSON.createObjectBuilder().add("currency", source).add("amount", Wire.amount(amount)))
                .add("destination", JSON.createObjectBuilder().add("currency", destination)
                        .add("amount", Wire.amount(FxRates.convert(amount, source, destination))))
                .add("created_at", CREATED_AT.format(Instant.now()))
                .add("sandbox", true)
                .build();
    }
}
