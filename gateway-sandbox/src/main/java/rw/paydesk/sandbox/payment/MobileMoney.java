package rw.paydesk.sandbox.payment;

import static rw.paydesk.sandbox.api.Jsons.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import rw.paydesk.sandbox.api.ApiException;
import rw.paydesk.sandbox.api.Validator;
import rw.paydesk.sandbox.api.Wire;
import rw.paydesk.sandbox.auth.Account;
import rw.paydesk.sandbox.ledger.Ledger;
import rw.paydesk.sandbox.ledger.Txn;
import rw.paydesk.sandbox.ledger.TxnStatus;
import rw.paydesk.sandbox.money.Coverage;
import rw.paydesk.sandbox.money.Fees;
import rw.paydesk.sandbox.store.ClockTask;
import rw.paydesk.sandbox.store.Db;
import rw.paydesk.sandbox.store.Ids;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Mobile-money collections: {@code init_payment} with PAYIN_MOBILE, the prompt on the customer's
 * handset, and the outcome: simulated, decided on the virtual handset, or a time-out.
 */
@ApplicationScoped
public class MobileMoney implements ClockTask {

    /** A prompt waits for the customer on the virtual handset. */
    public static final String AWAITING_CUSTOMER = "awaiting_customer";
    /** The outcome was fixed by the request's simulation and arrives after a short delay. */
    public static final String SIMULATED = "simulated";

    @Inject
    Db db;

    @Inject
    Ledger ledger;

    @Inject
    Collections collections;

    @Inject
    Ids ids;

    @Inject
    @ConfigProperty(name = "sandbox.momo.timeout-seconds", defaultValue = "300")
    long timeoutSeconds;

    @Inject
    @ConfigProperty(name = "sandbox.simulation.delay-ms", defaultValue = "2000")
    long simulationDelayMs;

    /** What a valid request asks for. */
    public record Charge(BigDecimal amount, String currency, String reference, String callbackUrl, String description,
                         Coverage country, String provider, String name, String email, String phone,
                         JsonObject metadata, Optional<Simulation> simulation) {

        public String msisdn() {
            return country.dialingCode() + phone;
        }
    }

    /** Validates an init_payment body for mobile money; throws the documented 10400 answer. */
    public Charge validate(JsonObject body) {
        return validate(body, true);
    }

    /**
     * Validates an init_payment body; the hosted payment-link page passes {@code requireCallback}
     * false, since a link may have no callback URL.
     */
    public Charge validate(JsonObject body, boolean requireCallback) {
        Validator v = new Validator();
        JsonObject payInfo = v.object(body, "pay_info", true);
        JsonObject from = v.object(body, "from", true);
        BigDecimal amount = v.amount(payInfo, "amount");
        String currency = v.currency(payInfo, "currency");
        String reference = v.reference(payInfo, "reference", true);
        String callbackUrl = requireCallback || Validator.text(payInfo, "callback_url") != null
                ? v.callbackUrl(payInfo, "callback_url") : null;
        String description = v.optional(payInfo, "description", 255);
        String paymentType = v.required(from, "payment_type");
        if (paymentType != null && !paymentType.equals("mobile_money")) {
            v.error("payment_type", "must be mobile_money");
        }
        Coverage country = null;
        String countryCode = v.required(from, "country_code");
        if (countryCode != null) {
            country = Coverage.byDialingCode(countryCode).orElse(null);
            if (country == null) {
                v.error("country_code", "must be the dialing code of a supported country: 250, 254, 256, 255, 233, 234, 27");
            }
        }
        String provider = null;
        String providerText = v.required(from, "provider");
        if (country != null && currency != null && !currency.equals(country.currency())) {
            v.error("currency", "must be " + country.currency() + " for country code " + country.dialingCode());
        }
        if (country != null && providerText != null) {
            provider = country.provider(providerText).orElse(null);
            if (provider == null) {
                v.error("provider", "must be one of " + String.join(", ", country.providers())
                        + " for country code " + country.dialingCode());
            }
        }
        String name = v.name(from, "name");
        String email = v.email(from, "email");
        String phone = nationalNumber(v, from, country);
        v.amountFitsCurrency("amount", amount, currency);
        JsonValue metadata = body.get("metadata");
        if (metadata != null && metadata != JsonValue.NULL && !(metadata instanceof JsonObject)) {
            v.error("metadata", "must be an object");
        }
        Optional<Simulation> simulation = Simulation.read(v, body);
        v.throwIfInvalid("mobile_money");
        return new Charge(amount, currency, reference, callbackUrl, description, country, provider, name, email, phone,
                metadata instanceof JsonObject m ? m : JsonValue.EMPTY_JSON_OBJECT, simulation);
    }

    /** The phone "without country code", with any leading 0 of the national form dropped. */
    private static String nationalNumber(Validator v, JsonObject from, Coverage country) {
        String phone = v.digits(from, "phone", 6, 12);
        if (phone == null) {
            return null;
        }
        if (country != null && phone.length() > 10 && phone.startsWith(country.dialingCode())) {
            v.error("phone", "must not include the country code; send it in country_code");
            return null;
        }
        return phone.startsWith("0") ? phone.substring(1) : phone;
    }

    /** Creates the pending charge and answers the documented "pending" response. */
    public JsonObject initiate(Account account, Charge charge) {
        Instant now = Instant.now();
        Txn created = db.inTransaction(c -> {
            if (ledger.referenceExists(c, account.number(), charge.reference())) {
                throw ApiException.invalid(java.util.Map.of("reference", "has already been used"), "mobile_money");
            }
            boolean simulated = charge.simulation().isPresent();
            JsonObject details = JSON.createObjectBuilder()
                    .add("customer", JSON.createObjectBuilder()
                            .add("name", charge.name())
                            .add("email", charge.email())
                            .add("phone_number", "0" + charge.phone())
                            .add("country_code", charge.country().dialingCode())
                            .add("customer_id", customerId(account.number(), charge.email())))
                    .add("description", charge.description() == null ? "" : charge.description())
                    .add("metadata", charge.metadata())
                    .build();
            long id = ids.next("txn");
            return ledger.insert(c, new Txn(id, account.number(), Txn.COLLECTION, "mobile_money",
                    Long.toString(id), charge.reference(), "MM" + now.getEpochSecond() + id, charge.currency(), charge.amount(),
                    Fees.mobileMoneyCollection(charge.amount(), charge.currency()), TxnStatus.PENDING,
                    simulated ? SIMULATED : AWAITING_CUSTOMER,
                    charge.simulation().map(s -> s.response().wire()).orElse(null), null, charge.msisdn(),
                    charge.provider(), charge.callbackUrl(), details.toString(),
                    simulated ? now.plusMillis(simulationDelayMs) : now.plusSeconds(timeoutSeconds),
                    null, false, null, now, now));
        });
        return JSON.createObjectBuilder()
                .add("status", "pending")
                .add("message", "Charge created")
                .add("code", "02")
                .add("transaction_id", created.id())
                .add("tx_ref", created.txRef())
                .add("payment_type", "mobile_money")
                .add("amount", Wire.amount(created.amount()))
                .add("currency", created.currency())
                .add("customer_id", customerId(account.number(), charge.email()))
                .add("reference", created.reference())
                .add("network", created.provider())
                .add("phone_number", "0" + charge.phone())
                .add("fee", Wire.amount(created.fee()))
                .add("next_action", JSON.createObjectBuilder()
                        .add("type", "payment_instruction")
                        .add("note", "Please authorise this payment on your mobile device by entering your "
                                + created.provider() + " PIN when prompted."))
                .build();
    }

    /** A stable customer id per merchant and e-mail address, like a gateway's customer record. */
    public static String customerId(String account, String email) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((account + "|" + email.toLowerCase(java.util.Locale.ROOT)).getBytes(StandardCharsets.UTF_8));
            String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
            StringBuilder id = new StringBuilder("cus_");
            for (int i = 0; i < 10; i++) {
                id.append(alphabet.charAt((hash[i] & 0xff) % alphabet.length()));
            }
            return id.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Prompts waiting on the virtual handset. */
    public List<Txn> prompts() {
        return db.inTransaction(ledger::awaitingCustomer);
    }

    /**
     * The customer approves with a PIN on the virtual handset. Any 4 to 6 digits are accepted, as
     * the sandbox has no real wallet PIN. Returns false when the prompt is no longer waiting.
     */
    public boolean approve(long txnId, String pin) {
        if (pin == null || !pin.matches("[0-9]{4,6}")) {
            throw ApiException.invalid("pin", "must be 4 to 6 digits");
        }
        return decide(txnId, TxnStatus.SUCCESSFUL, null);
    }

    public boolean decline(long txnId) {
        return decide(txnId, TxnStatus.FAILED, "Declined by the customer");
    }

    private boolean decide(long txnId, TxnStatus status, String reason) {
        return db.inTransaction(c -> {
            Optional<Txn> t = ledger.lock(c, txnId);
            if (t.isEmpty() || !"mobile_money".equals(t.get().method()) || !t.get().isCollection()
                    || !AWAITING_CUSTOMER.equals(t.get().step())) {
                return false;
            }
            return collections.finish(c, t.get(), status, reason);
        });
    }

    /** The prompt for a reference, for tests that drive the handset through the control API. */
    public Optional<Txn> byReference(String account, String reference) {
        return db.inTransaction(c -> ledger.findByReference(c, account, reference));
    }

    @Override
    public void tick(Instant now) {
        List<Long> due;
        boolean allDone;
        do {
            due = db.inTransaction(c -> ledger.due(c, now, Txn.COLLECTION, "mobile_money", 100));
            allDone = db.eachInOwnTransaction(due, this::resolve);
        } while (due.size() == 100 && allDone);
    }

    private boolean resolve(Connection c, long id) throws SQLException {
        Optional<Txn> locked = ledger.lock(c, id);
        if (locked.isEmpty() || locked.get().status().isFinal()) {
            return false;
        }
        Txn t = locked.get();
        if (SIMULATED.equals(t.step())) {
            SimulatedResponse response = SimulatedResponse.fromWire(t.outcome()).orElse(SimulatedResponse.APPROVED);
            return collections.finish(c, t, response.approved() ? TxnStatus.SUCCESSFUL : TxnStatus.FAILED, response.reason());
        }
        return collections.finish(c, t, TxnStatus.FAILED,
                "Timed out: the customer did not authorise the payment within " + timeoutSeconds + " seconds");
    }
}
