package rw.paydesk.sandbox.charge;

import static rw.paydesk.sandbox.api.Jsons.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import rw.paydesk.sandbox.api.ApiException;
import rw.paydesk.sandbox.api.Validator;
import rw.paydesk.sandbox.money.Coverage;
import rw.paydesk.sandbox.money.Currencies;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A valid charge request, read from the docs' parameter table. Field names in errors are the
 * request's own ({@code customer_phone}, {@code mobile_money_network}).
 *
 * @param network {@code MTN} or {@code Airtel}, as the docs spell them, whatever the request's case
 */
public record ChargeRequest(BigDecimal amount, String currency, String customerEmail, String customerFirstName,
                            String customerLastName, RwandaMobileNumber customerPhone, String redirectUrl,
                            String narration, String network, RwandaMobileNumber mobileMoneyPhone) {

    /** "Mobile Money payments are currently limited to Rwanda (RWF)." */
    public static final String CURRENCY = "RWF";
    /** "Any other currency will return a validation error (90)." */
    public static final String UNSUPPORTED_CURRENCY = "90";
    public static final String PAYMENT_TYPE = "mobile_money";
    /** Not a gateway limit: what the ledger's columns hold with room for fees and totals. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

    /**
     * Reads a request body. Throws the 10400 answer of the v2 API for invalid fields, or the
     * documented code 90 when the currency is not RWF (then listing every invalid field).
     */
    public static ChargeRequest parse(JsonObject body) {
        Validator v = new Validator();
        BigDecimal amount = v.amount(body, "amount");
        if (amount != null && !Currencies.fitsMinorUnit(amount, CURRENCY)) {
            v.error("amount", "must be a whole number: RWF has no decimals");
        } else if (amount != null && amount.compareTo(MAX_AMOUNT) > 0) {
            v.error("amount", "must be at most " + MAX_AMOUNT.toPlainString());
        }
        String currency = v.required(body, "currency");
        boolean otherCurrency = currency != null && !currency.equals(CURRENCY);
        if (otherCurrency) {
            v.error("currency", "must be RWF: mobile money charges are limited to Rwanda");
        }
        String paymentType = v.required(body, "payment_type");
        if (paymentType != null && !paymentType.equals(PAYMENT_TYPE)) {
            v.error("payment_type", "must be mobile_money");
        }
        String email = v.email(body, "customer_email");
        String firstName = v.name(body, "customer_first_name");
        String lastName = v.name(body, "customer_last_name");
        RwandaMobileNumber customerPhone = phone(v, body, "customer_phone");
        String countryCode = v.required(body, "customer_phone_country_code");
        if (countryCode != null && !countryCode.equals(RwandaMobileNumber.COUNTRY_CODE)) {
            v.error("customer_phone_country_code", "must be 250 (without +): mobile money charges are limited to Rwanda");
        }
        String redirectUrl = v.callbackUrl(body, "redirect_url");
        String networkText = v.required(body, "mobile_money_network");
        String network = null;
        if (networkText != null) {
            network = Coverage.RWANDA.provider(networkText).orElse(null);
            if (network == null) {
                v.error("mobile_money_network", "must be MTN or Airtel");
            }
        }
        RwandaMobileNumber mobileMoneyPhone = phone(v, body, "mobile_money_phone");
        if (network != null && mobileMoneyPhone != null && !network.equals(mobileMoneyPhone.network())) {
            v.error("mobile_money_phone", "is an " + mobileMoneyPhone.network() + " number (MTN: 78, 79; Airtel: 72, 73), "
                    + "not " + network + " as mobile_money_network says");
        }
        String narration = v.optional(body, "narration", 255);
        if (otherCurrency) {
            throw unsupportedCurrency(v.errors());
        }
        v.throwIfInvalid(PAYMENT_TYPE);
        return new ChargeRequest(amount, currency, email, firstName, lastName, customerPhone, redirectUrl, narration,
                network, mobileMoneyPhone);
    }

    private static RwandaMobileNumber phone(Validator v, JsonObject body, String key) {
        String text = v.required(body, key);
        if (text == null) {
            return null;
        }
        String problem = RwandaMobileNumber.problem(text);
        if (problem != null) {
            v.error(key, problem);
            return null;
        }
        return RwandaMobileNumber.parse(text).orElseThrow();
    }

    /** The documented validation error 90, in the shape of the v2 validation errors. */
    static ApiException unsupportedCurrency(Map<String, String> errors) {
        JsonObjectBuilder fields = JSON.createObjectBuilder();
        errors.forEach(fields::add);
        return new ApiException(400, JSON.createObjectBuilder()
                .add("status", "error")
                .add("message", "Unsupported currency: mobile money charges are limited to Rwanda (RWF)")
                .add("code", UNSUPPORTED_CURRENCY)
                .add("payment_type", PAYMENT_TYPE)
                .add("errors", fields)
                .build());
    }

    /** The customer's name as the v2 webhooks show it. */
    public String customerName() {
        return customerFirstName + " " + customerLastName;
    }
}
