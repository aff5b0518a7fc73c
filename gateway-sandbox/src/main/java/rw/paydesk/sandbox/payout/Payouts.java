package rw.paydesk.sandbox.payout;

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
import rw.paydesk.sandbox.fx.FxQuotes;
import rw.paydesk.sandbox.fx.FxRates;
import rw.paydesk.sandbox.ledger.Ledger;
import rw.paydesk.sandbox.ledger.Txn;
import rw.paydesk.sandbox.ledger.TxnStatus;
import rw.paydesk.sandbox.ledger.WalletBalance;
import rw.paydesk.sandbox.money.Coverage;
import rw.paydesk.sandbox.money.Fees;
import rw.paydesk.sandbox.payment.Collections;
import rw.paydesk.sandbox.store.ClockTask;
import rw.paydesk.sandbox.store.Db;
import rw.paydesk.sandbox.store.Ids;
import rw.paydesk.sandbox.webhook.Webhooks;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Payouts to Rwandan banks and mobile-money wallets: the immediate NEW acknowledgement, the
 * debit of amount plus fee from the withdrawable balance of the source currency's wallet, and
 * the final webhook. The beneficiary receives RWF, converted at the sandbox's rate.
 */
@ApplicationScoped
public class Payouts implements ClockTask {


    @Inject
    Db db;

    @Inject
    Ledger ledger;

    @Inject
    Webhooks webhooks;

    @Inject
    Ids ids;

    @Inject
    @ConfigProperty(name = "sandbox.payout.delay-ms", defaultValue = "3000")
    long delayMs;

    @Inject
    @ConfigProperty(name = "sandbox.payout.min-amount", defaultValue = "100")
    BigDecimal minAmount;

    @Inject
    @ConfigProperty(name = "sandbox.payout.max-amount", defaultValue = "5000000")
    BigDecimal maxAmount;

    /**
     * A valid payout request.
     *
     * @param amount     what is paid out, in {@code currency}, the source currency whose wallet is debited
     * @param conversion what the beneficiary receives, in the destination currency
     */
    public record Request(String apiCode, String type, BigDecimal amount, String currency, Conversion conversion,
                          String reference, String callbackUrl, String description, JsonObject beneficiary,
                          JsonObject metadata, PayoutContext context) {
    }

    public Request validate(JsonObject body) {
        Validator v = new Validator();
        JsonObject payInfo = v.object(body, "pay_info", true);
        JsonObject to = v.object(body, "to", true);
        String apiCode = v.required(payInfo, "api_code");
        String type = null;
        if ("PAYOUT_BANK".equals(apiCode)) {
            type = "bank";
        } else if ("PAYOUT_MOBILE".equals(apiCode) || "PAYOUT_MOBILE_MONEY".equals(apiCode)) {
            type = "mobile_money";
        } else if (apiCode != null) {
            v.error("api_code", "must be PAYOUT_BANK or PAYOUT_MOBILE");
        }
        String declaredType = Validator.text(body, "type");
        if (declaredType != null && type != null && !declaredType.equals(type)) {
            v.error("type", "must be " + type + " for " + apiCode);
        }
        String action = Validator.text(body, "action");
        if (action != null && !action.equals("instant")) {
            v.error("action", "must be instant");
        }
        BigDecimal amount = v.amount(payInfo, "amount");
        String source = v.currency(payInfo, "source_currency");
        String destination = v.currency(payInfo, "destination_currency");
        // Payouts go to Rwanda only (the docs send cross-border transfers to the support team), but
        // may be paid from any wallet whose currency the FX API converts ("multi-currency payouts").
        if (source != null && !FxRates.supports(source)) {
            v.error("source_currency", "is not a currency the FX API converts");
            source = null;
        }
        if (destination != null && !destination.equals("RWF")) {
            v.error("destination_currency", "must be RWF (cross-border payouts are arranged with DGS support)");
            destination = null;
        }
        v.amountFitsCurrency("amount", amount, source);
        String rateId = Validator.text(payInfo, "rate_id");
        if (rateId != null && !rateId.isEmpty() && source != null && destination != null && !source.equals(destination)
                && !rateId.equals(FxQuotes.rateId(source, destination))) {
            v.error("rate_id", "is not a rate issued for " + source + " to " + destination
                    + " (ask /api/fx-rate for one, or leave it out to use the current rate)");
        }
        String reference = v.reference(payInfo, "reference", true);
        String callbackUrl = v.callbackUrl(payInfo, "callback_url");
        String description = v.optional(payInfo, "description", 255);
        JsonObject beneficiary = type == null ? JsonValue.EMPTY_JSON_OBJECT
                : type.equals("bank") ? bank(v, v.object(to, "bank", true)) : mobile(v, v.object(to, "mobile_money", true));
        PayoutContext context = null;
        JsonObject simulation = Wire.objectOrEmpty(body, "simulation");
        String contextText = Validator.text(simulation, "context");
        if (contextText != null) {
            context = PayoutContext.fromWire(contextText).orElse(null);
            if (context == null) {
                v.error("simulation.context", "must be one of " + PayoutContext.allowed());
            }
        }
        // The limits are in RWF; an amount from another wallet counts at its RWF value.
        BigDecimal inRwf = amount == null || source == null ? null : FxRates.convert(amount, source, "RWF");
        String asRwf = inRwf == null || source.equals("RWF") ? ""
                : " (" + Wire.amount(amount) + " " + source + " is " + Wire.amount(inRwf) + " RWF)";
        if (amount != null && (context == PayoutContext.AMOUNT_BELOW_LIMIT_ERROR || inRwf != null && inRwf.compareTo(minAmount) < 0)) {
            v.error("amount", "is below the minimum payout of " + Wire.amount(minAmount) + " RWF" + asRwf);
        }
        if (amount != null && (context == PayoutContext.AMOUNT_EXCEED_LIMIT_ERROR || inRwf != null && inRwf.compareTo(maxAmount) > 0)) {
            v.error("amount", "exceeds the maximum payout of " + Wire.amount(maxAmount) + " RWF" + asRwf);
        }
        if (context == PayoutContext.DUPLICATE_REFERENCE) {
            v.error("reference", "has already been used");
        }
        JsonValue metadata = body.get("metadata");
        v.throwIfInvalid(null);
        return new Request(apiCode, type, amount, source, Conversion.of(amount, source, destination), reference,
                callbackUrl, description, beneficiary, metadata instanceof JsonObject m ? m : JsonValue.EMPTY_JSON_OBJECT,
                context);
    }

    private static JsonObject bank(Validator v, JsonObject bank) {
        String account = v.digits(bank, "account_number", 5, 20);
        String codeName = v.required(bank, "bank_code_name");
        Optional<Banks.Bank> found = Banks.byCodeName(codeName);
        if (codeName != null && found.isEmpty()) {
            v.error("bank_code_name", "is not a supported bank; see GET /api/banks");
        }
        String first = v.name(bank, "first_name");
        String last = v.name(bank, "last_name");
        if (!v.ok()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        return JSON.createObjectBuilder()
                .add("type", "bank")
                .add("account_number", account)
                .add("bank_code_name", found.get().codeName())
                .add("bank_code", found.get().code())
                .add("branch", " ")
                .add("name", first + " " + last)
                .add("email", Optional.ofNullable(Validator.text(bank, "email")).orElse(""))
                .build();
    }

    private static JsonObject mobile(Validator v, JsonObject mobile) {
        String phone = v.digits(mobile, "phone_number", 9, 12);
        String countryText = v.required(mobile, "country");
        String providerText = v.required(mobile, "provider");
        String provider = null;
        if (countryText != null && !countryText.equalsIgnoreCase("RW")) {
            v.error("country", "must be RW (payouts go to Rwanda)");
        } else if (providerText != null) {
            provider = Coverage.RWANDA.provider(providerText).orElse(null);
            if (provider == null) {
                v.error("provider", "must be MTN or Airtel");
            }
        }
        String msisdn = null;
        if (phone != null) {
            // Accept 250788123456 (the docs' form), 0788123456 and 788123456.
            String national = phone.startsWith("250") ? phone.substring(3) : phone.startsWith("0") ? phone.substring(1) : phone;
            if (!national.matches("7[0-9]{8}")) {
                v.error("phone_number", "must be a Rwandan mobile number such as 250788123456");
            } else {
                msisdn = "250" + national;
            }
        }
        String first = v.name(mobile, "first_name");
        String last = v.name(mobile, "last_name");
        if (!v.ok()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        return JSON.createObjectBuilder()
                .add("type", "mobile_money")
                .add("phone_number", msisdn)
                .add("provider", provider)
                .add("name", first + " " + last)
                .add("email", Optional.ofNullable(Validator.text(mobile, "email")).orElse(""))
                .build();
    }

    /** Reserves amount + fee in the source currency's wallet and answers the NEW acknowledgement. */
    public JsonObject initiate(Account account, Request r) {
        BigDecimal fee = fee(r);
        Instant now = Instant.now();
        Txn created;
        try {
            created = db.inTransaction(c -> {
                if (ledger.referenceExists(c, account.number(), r.reference())) {
                    throw ApiException.invalid("reference", "has already been used");
                }
                WalletBalance wallet = ledger.lockWallet(c, account.number(), r.currency());
                if (r.context() == PayoutContext.INSUFFICIENT_BALANCE || !wallet.canPayOut(r.amount(), fee)) {
                    throw ApiException.failed(400, "Insufficient balance", "amount", "amount plus fee ("
                            + Wire.amount(r.amount().add(fee)) + " " + r.currency() + ") exceeds the withdrawable balance");
                }
                ledger.saveWallet(c, account.number(), wallet.paidOut(r.amount(), fee));
                JsonObject details = r.conversion().addTo(JSON.createObjectBuilder()
                        .add("beneficiary", r.beneficiary())
                        .add("description", r.description() == null ? "" : r.description())
                        .add("metadata", r.metadata())
                        .build());
                String outcome = r.context() == PayoutContext.BLOCKED_BANK ? PayoutContext.BLOCKED_BANK.wire()
                        : PayoutContext.SUCCESSFUL.wire();
                JsonObject b = r.beneficiary();
                return ledger.insert(c, new Txn(ids.next("txn"), account.number(), Txn.DISBURSEMENT, r.type(), "trf_" + RandomIds.random(RandomIds.ALPHANUMERIC, 14),
                        r.reference(), "DGSPAYOUT" + now.toEpochMilli() + (10 + RandomIds.number(90)), r.currency(),
                        r.amount(), fee, TxnStatus.PENDING, "NEW", outcome, null,
                        b.getString("phone_number", null), b.getString("provider", b.getString("bank_code_name", null)),
                        r.callbackUrl(), details.toString(), now.plusMillis(delayMs), null, false, null, now, now));
            });
        } catch (Db.StoreException e) {
            if (e.isDuplicateKey()) {
                throw ApiException.invalid("reference", "has already been used");
            }
            throw e;
        }
        return acknowledgement(created);
    }

    /** The fee in the debited currency: the RWF fee schedule converted at the sandbox's rate. */
    static BigDecimal fee(Request r) {
        BigDecimal rwfRate = FxRates.rate("RWF", r.currency());
        return r.type().equals("bank") ? Fees.bankPayout(r.currency(), rwfRate)
                : Fees.mobileMoneyPayout(r.amount(), r.currency(), rwfRate);
    }

    static JsonObject acknowledgement(Txn t) {
        JsonObject details = Collections.details(t);
        JsonObject b = details.getJsonObject("beneficiary");
        Conversion conversion = Conversion.of(t, details);
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("status", "NEW")
                .add("message", "Transfer created")
                .add("code", JsonValue.NULL)
                .add("transfer_id", t.publicId())
                .add("transaction_id", t.id())
                .add("tx_ref", t.txRef())
                .add("reference", t.reference())
                .add("payout_type", t.method())
                .add("amount", Wire.amount(t.amount()))
                .add("currency", t.currency())
                .add("fee", Wire.amount(t.fee()))
                .add("destination_amount", Wire.amount(conversion.amount()))
                .add("destination_currency", conversion.currency())
                .add("created_at", Wire.iso(t.createdAt()));
        if ("bank".equals(t.method())) {
            body.add("bank", JSON.createObjectBuilder()
                    .add("account_number", b.getString("account_number"))
                    .add("bank_code", b.getString("bank_code"))
                    .add("branch", " ")
                    .add("account_name", b.getString("name")));
        } else {
            body.add("mobile_money", JSON.createObjectBuilder()
                    .add("phone_number", b.getString("phone_number"))
                    .add("provider", b.getString("provider"))
                    .add("account_name", b.getString("name")));
        }
        return body.build();
    }

    /**
     * Stores other figures for a payout, as if the provider had recorded them. A pending payout's
     * reservation becomes the new amount plus fee at once (refused, changing nothing, when the
     * withdrawable balance cannot cover an increase), so its success keeps and its failure gives
     * back the amended figures. A final payout's balances are not re-adjusted. What the
     * beneficiary receives follows the amount at the rate the payout was accepted at.
     */
    public Txn amend(Connection c, Txn t, BigDecimal amount, BigDecimal fee) throws SQLException {
        if (t.status() == TxnStatus.PENDING) {
            WalletBalance freed = ledger.lockWallet(c, t.accountNumber(), t.currency()).payoutReversed(t.amount(), t.fee());
            if (!freed.canPayOut(amount, fee)) {
                throw ApiException.failed(400, "Insufficient balance", "amount", "amount plus fee ("
                        + Wire.amount(amount.add(fee)) + " " + t.currency() + ") exceeds what this pending payout reserved "
                        + "plus the withdrawable balance");
            }
            ledger.saveWallet(c, t.accountNumber(), freed.paidOut(amount, fee));
        }
        JsonObject details = Collections.details(t);
        String amended = Conversion.of(t, details).forAmount(amount).addTo(details).toString();
        ledger.amend(c, t.id(), amount, fee, null, amended);
        return ledger.findById(c, t.id()).orElseThrow();
    }

    @Override
    public void tick(Instant now) {
        for (String method : List.of("bank", "mobile_money")) {
            List<Long> due = db.inTransaction(c -> ledger.due(c, now, Txn.DISBURSEMENT, method, 100));
            db.eachInOwnTransaction(due, this::complete);
        }
    }

    /** Ends a due payout: success, or a failure that gives the reserved funds back. */
    private boolean complete(Connection c, long id) throws SQLException {
        Optional<Txn> locked = ledger.lock(c, id);
        if (locked.isEmpty() || locked.get().status().isFinal()) {
            return false;
        }
        Txn t = locked.get();
        boolean blocked = PayoutContext.BLOCKED_BANK.wire().equals(t.outcome());
        String reason = blocked ? ("bank".equals(t.method()) ? "The beneficiary's bank blocked the transfer"
                : "The beneficiary's wallet provider blocked the transfer") : null;
        if (!ledger.finish(c, id, blocked ? TxnStatus.FAILED : TxnStatus.SUCCESSFUL, reason, null)) {
            return false;
        }
        if (blocked) {
            WalletBalance wallet = ledger.lockWallet(c, t.accountNumber(), t.currency());
            ledger.saveWallet(c, t.accountNumber(), wallet.payoutReversed(t.amount(), t.fee()));
        }
        Txn done = ledger.findById(c, id).orElseThrow();
        webhooks.enqueue(c, t.accountNumber(), id, blocked ? "transaction.failed" : "transaction.completed",
                t.callbackUrl(), webhook(done));
        return true;
    }

    /** The documented payout webhook ("Bank Payout Success Webhook"), or its failure. */
    static JsonObject webhook(Txn t) {
        JsonObject details = Collections.details(t);
        JsonObject b = details.getJsonObject("beneficiary");
        Conversion conversion = Conversion.of(t, details);
        boolean success = t.status() == TxnStatus.SUCCESSFUL;
        JsonObjectBuilder beneficiary = JSON.createObjectBuilder().add("type", t.method());
        if ("bank".equals(t.method())) {
            beneficiary.add("account_number", b.getString("account_number"))
                    .add("bank_code", b.getString("bank_code"))
                    .add("branch", " ");
        } else {
            beneficiary.add("phone_number", b.getString("phone_number"))
                    .add("provider", b.getString("provider"));
        }
        beneficiary.add("name", b.getString("name"));
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("event", success ? "transaction.completed" : "transaction.failed")
                .add("status", success ? "success" : "failed")
                .add("direction", Txn.DISBURSEMENT)
                .add("reference", t.reference())
                .add("transaction_id", t.publicId())
                .add("tx_ref", t.txRef())
                .add("amount", Wire.amount(t.amount()))
                .add("currency", t.currency())
                .add("fee", Wire.amount(t.fee()))
                .add("net_amount", Wire.amount(t.amount()))
                .add("destination_amount", Wire.amount(conversion.amount()))
                .add("destination_currency", conversion.currency())
                .add("payout_type", t.method())
                .add("beneficiary", beneficiary)
                .add("actual_debit_amount", Wire.amount(success ? t.chargedAmount() : BigDecimal.ZERO))
                .add("vat", Wire.amount(Fees.vatOn(t.fee(), t.currency())))
                .add("rate_used", Wire.amount(conversion.rate()))
                .add("metadata", details.getJsonObject("metadata"));
        if (success) {
            body.add("proof", proof(t));
        } else {
            body.add("proof", JsonValue.NULL).add("reason", t.failureReason());
        }
        return body.add("created_at", Wire.iso(t.createdAt())).add("completed_at", Wire.iso(t.updatedAt())).build();
    }

    /** A 30-digit proof number, stable for a payout so a redelivered webhook carries the same one. */
    private static String proof(Txn t) {
        UUID uuid = UUID.nameUUIDFromBytes(t.publicId().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String digits = Long.toUnsignedString(uuid.getMostSignificantBits()) + Long.toUnsignedString(uuid.getLeastSignificantBits());
        return (digits + "000000000000000000000000000000").substring(0, 30);
    }


}
