package rw.paydesk.sandbox.card;

import static rw.paydesk.sandbox.api.Jsons.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import rw.paydesk.sandbox.api.ApiException;
import rw.paydesk.sandbox.api.RandomIds;
import rw.paydesk.sandbox.api.Validator;
import rw.paydesk.sandbox.api.Wire;
import rw.paydesk.sandbox.auth.Account;
import rw.paydesk.sandbox.ledger.Ledger;
import rw.paydesk.sandbox.ledger.Txn;
import rw.paydesk.sandbox.ledger.TxnStatus;
import rw.paydesk.sandbox.money.Fees;
import rw.paydesk.sandbox.payment.Collections;
import rw.paydesk.sandbox.payment.SimulatedResponse;
import rw.paydesk.sandbox.payment.Simulation;
import rw.paydesk.sandbox.payment.SimulationContext;
import rw.paydesk.sandbox.store.ClockTask;
import rw.paydesk.sandbox.store.Db;
import rw.paydesk.sandbox.store.Ids;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Card collections: init_payment with PAYIN_CARD_LOCAL or PAYIN_CARD_INTL, then
 * authorize_payment (PIN, OTP, AVS) and the hosted 3-D Secure page until the charge is done.
 */
@ApplicationScoped
public class Cards implements ClockTask {


    @Inject
    Db db;

    @Inject
    Ledger ledger;

    @Inject
    Collections collections;

    @Inject
    CardKeys keys;

    @Inject
    Ids ids;

    @Inject
    @ConfigProperty(name = "sandbox.card.timeout-seconds", defaultValue = "900")
    long timeoutSeconds;

    @Inject
    @ConfigProperty(name = "sandbox.public-base-url", defaultValue = "http://localhost:8080/sandbox")
    String publicBaseUrl;

    /** Validates and creates a card charge; answers with its first next_action (or its end). */
    public JsonObject initiate(Account account, JsonObject body) {
        Validator v = new Validator();
        JsonObject payInfo = v.object(body, "pay_info", true);
        JsonObject from = v.object(body, "from", true);
        BigDecimal amount = v.amount(payInfo, "amount");
        String currency = v.currency(payInfo, "currency");
        String reference = v.reference(payInfo, "reference", false);
        String callbackUrl = v.callbackUrl(payInfo, "callback_url");
        String description = v.optional(payInfo, "description", 255);
        String paymentType = v.required(from, "payment_type");
        if (paymentType != null && !paymentType.equals("card")) {
            v.error("payment_type", "must be card");
        }
        String provider = v.required(from, "provider");
        if (provider != null && !List.of("VISA", "MASTERCARD").contains(provider.toUpperCase(java.util.Locale.ROOT))) {
            v.error("provider", "must be VISA or MASTERCARD");
        }
        String name = v.name(from, "name");
        String email = v.email(from, "email");
        String phone = v.digits(from, "phone", 6, 15);
        String countryCode = v.digits(from, "country_code", 1, 4);
        v.amountFitsCurrency("amount", amount, currency);
        String encrypted = v.required(from, "encrypted_card_data");
        Optional<Simulation> simulation = Simulation.read(v, body);
        CardData card = null;
        if (encrypted != null) {
            Optional<String> plain = keys.decrypt(encrypted);
            if (plain.isEmpty()) {
                v.error("encrypted_card_data", "could not be decrypted with the sandbox public key (RSA PKCS#1 v1.5, base64)");
            } else {
                Map<String, String> cardErrors = new LinkedHashMap<>();
                card = CardData.parse(plain.get(), cardErrors).orElse(null);
                cardErrors.forEach(v::error);
            }
        }
        if (card != null && provider != null && !card.brand().equalsIgnoreCase(provider) && !card.brand().equals("CARD")) {
            v.error("provider", "does not match the card number (" + card.brand() + ")");
        }
        v.throwIfInvalid("card");
        JsonValue metadata = body.get("metadata");
        return create(account, new CardCharge(amount, currency, reference, callbackUrl, description,
                provider.toUpperCase(java.util.Locale.ROOT), name, email, phone, countryCode,
                metadata instanceof JsonObject m ? m : JsonValue.EMPTY_JSON_OBJECT,
                simulation.map(Simulation::context).orElse(null), simulation.map(Simulation::response).orElse(null)), card);
    }

    /** A valid card charge request. A null context means auth_pin; a null response means approved. */
    public record CardCharge(BigDecimal amount, String currency, String reference, String callbackUrl,
                             String description, String provider, String name, String email, String phone,
                             String countryCode, JsonObject metadata, SimulationContext context,
                             SimulatedResponse response) {
    }

    /** Creates the charge for valid input (also used by the hosted payment-link page). */
    public JsonObject create(Account account, CardCharge charge, CardData card) {
        SimulationContext context = charge.context() == null ? SimulationContext.AUTH_PIN : charge.context();
        SimulatedResponse response = charge.response() == null ? SimulatedResponse.APPROVED : charge.response();
        Instant now = Instant.now();
        String chargeId = "chg_" + RandomIds.random(RandomIds.UPPER_ALPHANUMERIC, 12);
        String reference = charge.reference() != null ? charge.reference()
                : "DGS-" + now.getEpochSecond() + "-" + (1000 + RandomIds.number(9000));
        boolean expired = card.expiredAt(YearMonth.now(ZoneOffset.UTC));
        Txn created = db.inTransaction(c -> {
            if (ledger.referenceExists(c, account.number(), reference)) {
                throw ApiException.invalid(Map.of("reference", "has already been used"), "card");
            }
            JsonObject details = JSON.createObjectBuilder()
                    .add("customer", JSON.createObjectBuilder()
                            .add("name", charge.name())
                            .add("email", charge.email())
                            .add("phone_number", charge.phone())
                            .add("country_code", charge.countryCode())
                            .add("customer_id", "cus_" + chargeId.substring(4)))
                    .add("card", JSON.createObjectBuilder()
                            .add("brand", card.brand())
                            .add("last4", card.last4())
                            .add("pin_supplied", card.pinSupplied()))
                    .add("context", context.wire())
                    .add("description", charge.description() == null ? "" : charge.description())
                    .add("metadata", charge.metadata())
                    .build();
            Txn t = ledger.insert(c, new Txn(ids.next("txn"), account.number(), Txn.COLLECTION, "card", chargeId, reference,
                    "CARD" + now.getEpochSecond() + RandomIds.random(RandomIds.UPPER_ALPHANUMERIC, 4), charge.currency(), charge.amount(),
                    Fees.cardCollection(charge.amount(), charge.currency()), TxnStatus.PENDING,
                    CardFlow.first(context), response.wire(), null, null, charge.provider(), charge.callbackUrl(),
                    details.toString(), now.plusSeconds(timeoutSeconds), null, false, null, now, now));
            if (!expired) {
                return t;
            }
            // A card past its expiry date is refused by the issuer whatever the simulation says.
            collections.finish(c, t, TxnStatus.FAILED, SimulatedResponse.EXPIRED_CARD.reason());
            return ledger.findById(c, t.id()).orElseThrow();
        });
        return answer(created, expired ? SimulatedResponse.EXPIRED_CARD : response);
    }

    /** authorize_payment: completes the step the charge waits on and answers the next one. */
    public JsonObject authorize(Account account, JsonObject body) {
        Validator v = new Validator();
        String chargeId = v.required(body, "charge_id");
        String method = v.required(body, "method");
        if (method != null && !List.of("pin", "otp", "avs").contains(method)) {
            v.error("method", "must be pin, otp or avs");
        }
        JsonObject fields = v.object(body, "fields", true);
        v.throwIfInvalid(null);
        return db.inTransaction(c -> {
            Txn t = charge(c, account, chargeId);
            String expected = CardFlow.methodFor(t.step() == null ? "" : t.step()).orElse(null);
            if (t.status().isFinal()) {
                throw ApiException.invalid("charge_id", "the charge is already " + t.status().wire());
            }
            if (!method.equals(expected)) {
                throw ApiException.invalid("method", expected == null
                        ? "the charge waits for 3-D Secure authentication at its redirect_url"
                        : "the charge expects " + expected);
            }
            checkFields(method, fields, Collections.details(t));
            return answer(complete(c, t, true), SimulatedResponse.fromWire(t.outcome()).orElseThrow());
        });
    }

    private void checkFields(String method, JsonObject fields, JsonObject details) {
        Validator v = new Validator();
        switch (method) {
            case "pin" -> {
                String encryptedPin = Validator.text(fields, "encrypted_pin");
                boolean pinInCard = details.getJsonObject("card").getBoolean("pin_supplied", false);
                if (encryptedPin == null || encryptedPin.isEmpty()) {
                    if (!pinInCard) {
                        v.error("encrypted_pin", "is required (the card data carried no pin)");
                    }
                } else {
                    String pin = keys.decrypt(encryptedPin).orElse(null);
                    if (pin == null) {
                        v.error("encrypted_pin", "could not be decrypted with the sandbox public key");
                    } else if (!pin.trim().matches("[0-9]{4}")) {
                        v.error("encrypted_pin", "must encrypt a 4-digit PIN");
                    }
                }
            }
            case "otp" -> {
                String code = Validator.text(fields, "code");
                if (code == null || !code.matches("[0-9]{4,8}")) {
                    v.error("code", "must be the 4 to 8 digit OTP");
                }
            }
            default -> {
                v.required(fields, "line1");
                v.required(fields, "city");
                v.required(fields, "country");
                v.required(fields, "postal_code");
            }
        }
        v.throwIfInvalid("card");
    }

    private Txn charge(Connection c, Account account, String chargeId) throws SQLException {
        Optional<Txn> found = ledger.findByPublicId(c, chargeId)
                .filter(t -> t.accountNumber().equals(account.number()) && "card".equals(t.method()));
        if (found.isEmpty()) {
            throw ApiException.invalid("charge_id", "no such charge");
        }
        return ledger.lock(c, found.get().id()).orElseThrow();
    }

    /**
     * Passes the step the charge waits on (or fails it, as the simulation says) and returns the
     * charge as it now stands.
     */
    private Txn complete(Connection c, Txn t, boolean passed) throws SQLException {
        SimulationContext context = SimulationContext.fromWire(Collections.details(t).getString("context")).orElseThrow();
        SimulatedResponse response = SimulatedResponse.fromWire(t.outcome()).orElseThrow();
        if (!passed) {
            collections.finish(c, t, TxnStatus.FAILED, "3-D Secure authentication failed");
        } else if (CardFlow.refusedAt(context, response, t.step())) {
            collections.finish(c, t, TxnStatus.FAILED, response.reason());
        } else {
            Optional<String> next = CardFlow.next(context, t.step());
            if (next.isPresent()) {
                ledger.advance(c, t.id(), next.get(), Instant.now().plusSeconds(timeoutSeconds));
            } else {
                collections.finish(c, t, TxnStatus.SUCCESSFUL, null);
            }
        }
        return ledger.findById(c, t.id()).orElseThrow();
    }

    /** The hosted 3-D Secure page's decision. Returns the charge as it now stands. */
    public Txn threeDs(String chargeId, boolean authenticated) {
        return db.inTransaction(c -> {
            Txn t = ledger.findByPublicId(c, chargeId).filter(x -> "card".equals(x.method()))
                    .orElseThrow(() -> ApiException.notFound("No such charge"));
            Txn locked = ledger.lock(c, t.id()).orElseThrow();
            if (locked.status().isFinal() || !CardFlow.THREE_DS.equals(locked.step())) {
                return locked;
            }
            return complete(c, locked, authenticated);
        });
    }

    public Optional<Txn> find(String chargeId) {
        return db.inTransaction(c -> ledger.findByPublicId(c, chargeId)).filter(t -> "card".equals(t.method()));
    }

    public String threeDsUrl(String chargeId) {
        return publicBaseUrl + "/3ds/" + chargeId;
    }

    /** The card response: pending with a next_action, success without one, or failed. */
    JsonObject answer(Txn t, SimulatedResponse response) {
        JsonObjectBuilder body = JSON.createObjectBuilder();
        String status = switch (t.status()) {
            case PENDING -> "pending";
            case SUCCESSFUL -> "success";
            case FAILED -> "failed";
        };
        body.add("status", status)
                .add("message", switch (t.status()) {
                    case PENDING -> "Charge requires authorization";
                    case SUCCESSFUL -> "Charge successful";
                    case FAILED -> t.failureReason();
                })
                .add("charge_id", t.publicId())
                .add("transaction_id", t.publicId())
                .add("amount", Wire.amount(t.amount()))
                .add("currency", t.currency())
                .add("fee", Wire.amount(t.fee()))
                .add("customer_id", Collections.details(t).getJsonObject("customer").getString("customer_id"))
                .add("reference", t.reference())
                .add("processor_code", switch (t.status()) {
                    case PENDING -> "02";
                    case SUCCESSFUL -> "00";
                    case FAILED -> t.failureReason() != null && t.failureReason().startsWith("3-D Secure") ? "05"
                            : response.processorCode();
                });
        if (t.status() == TxnStatus.PENDING) {
            body.add("next_action", nextAction(t));
        }
        return body.build();
    }

    private JsonObject nextAction(Txn t) {
        JsonObjectBuilder action = JSON.createObjectBuilder().add("type", t.step());
        switch (t.step()) {
            case CardFlow.PIN -> action.add("requires_pin", true);
            case CardFlow.OTP -> action.add("requires_otp", true)
                    .add("note", "Enter the OTP sent to the cardholder's phone (any 4 to 8 digits in the sandbox)");
            case CardFlow.AVS -> action.add("requires_avs", true)
                    .add("fields", JSON.createArrayBuilder().add("line1").add("city").add("state").add("country").add("postal_code"));
            default -> action.add("redirect_url", threeDsUrl(t.publicId()));
        }
        return action.build();
    }

    /** Card charges left waiting on a step fail after the card time-out. */
    @Override
    public void tick(Instant now) {
        List<Long> due = db.inTransaction(c -> ledger.due(c, now, Txn.COLLECTION, "card", 100));
        db.eachInOwnTransaction(due, (c, id) -> {
            Optional<Txn> t = ledger.lock(c, id);
            return t.isPresent() && !t.get().status().isFinal()
                    && collections.finish(c, t.get(), TxnStatus.FAILED, "Timed out: authorisation was not completed");
        });
    }

}
