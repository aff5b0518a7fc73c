package rw.paydesk.sandbox.charge;

import static rw.paydesk.sandbox.api.Jsons.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import rw.paydesk.sandbox.api.Wire;
import rw.paydesk.sandbox.auth.Account;
import rw.paydesk.sandbox.ledger.Ledger;
import rw.paydesk.sandbox.ledger.Txn;
import rw.paydesk.sandbox.ledger.TxnStatus;
import rw.paydesk.sandbox.money.Fees;
import rw.paydesk.sandbox.payment.Collections;
import rw.paydesk.sandbox.payment.MobileMoney;
import rw.paydesk.sandbox.store.Db;
import rw.paydesk.sandbox.store.Ids;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Creates charges. A charge is a mobile-money collection like those of the v2 {@code init_payment}
 * (same ledger, fees, wallet, handset, time-out and webhooks); only its request, its answer and
 * its identifiers differ. Its reference is its {@code dgs_reference}, since the request has none.
 */
@ApplicationScoped
public class Charges {

    @Inject
    Db db;

    @Inject
    Ledger ledger;

    @Inject
    Collections collections;

    @Inject
    Ids ids;

    @Inject
    @ConfigProperty(name = "sandbox.public-base-url", defaultValue = "http://localhost:8080/sandbox")
    String publicBaseUrl;

    @Inject
    @ConfigProperty(name = "sandbox.momo.timeout-seconds", defaultValue = "300")
    long timeoutSeconds;

    @Inject
    @ConfigProperty(name = "sandbox.simulation.delay-ms", defaultValue = "2000")
    long simulationDelayMs;

    /** "dgs_" + transaction_id, the docs' dgs_reference. */
    public static String dgsReference(long transactionId) {
        return "dgs_" + transactionId;
    }

    /**
     * Stores the charge and answers one of the three documented states. A test number's immediate
     * outcome is final, credited and its webhook queued in the same transaction as the charge.
     */
    public JsonObject create(Account account, ChargeRequest request) {
        ChargeScenario scenario = ChargeScenario.of(request.mobileMoneyPhone());
        Instant now = Instant.now();
        Txn charge = db.inTransaction(c -> {
            long id = ids.next("txn");
            String reference = dgsReference(id);
            boolean byClock = scenario.immediate() || scenario.simulated();
            Txn pending = ledger.insert(c, new Txn(id, account.number(), Txn.COLLECTION, "mobile_money", Long.toString(id),
                    reference, reference, request.currency(), request.amount(),
                    Fees.mobileMoneyCollection(request.amount(), request.currency()), TxnStatus.PENDING,
                    byClock ? MobileMoney.SIMULATED : MobileMoney.AWAITING_CUSTOMER,
                    scenario.response() == null ? null : scenario.response().wire(), null,
                    request.mobileMoneyPhone().msisdn(), request.network(), account.webhookUrl().orElse(null),
                    details(account, request, reference).toString(),
                    scenario.immediate() ? now : byClock ? now.plusMillis(simulationDelayMs) : now.plusSeconds(timeoutSeconds),
                    null, false, null, now, now));
            if (scenario.immediate()) {
                boolean approved = scenario.response().approved();
                collections.finish(c, pending, approved ? TxnStatus.SUCCESSFUL : TxnStatus.FAILED, scenario.response().reason());
            }
            return ledger.findById(c, id).orElseThrow();
        });
        return answer(charge, request);
    }

    /** What the ledger keeps besides its columns; the webhook's customer object comes from here. */
    private static JsonObject details(Account account, ChargeRequest request, String reference) {
        return JSON.createObjectBuilder()
                .add("customer", JSON.createObjectBuilder()
                        .add("name", request.customerName())
                        .add("first_name", request.customerFirstName())
                        .add("last_name", request.customerLastName())
                        .add("email", request.customerEmail())
                        .add("phone_number", request.customerPhone().local())
                        .add("country_code", RwandaMobileNumber.COUNTRY_CODE)
                        .add("customer_id", MobileMoney.customerId(account.number(), request.customerEmail())))
                .add("description", request.narration() == null ? "" : request.narration())
                .add("metadata", JsonObject.EMPTY_JSON_OBJECT)
                .add(Collections.DGS_REFERENCE, reference)
                .add("redirect_url", request.redirectUrl())
                .build();
    }

    /** The documented response of the charge's state, with exactly the docs' fields. */
    JsonObject answer(Txn charge, ChargeRequest request) {
        JsonObjectBuilder body = JSON.createObjectBuilder();
        switch (charge.status()) {
            case PENDING -> body.add("status", "success").add("message", "Charge initiated");
            case SUCCESSFUL -> body.add("status", "success").add("message", "Payment completed");
            case FAILED -> body.add("status", "failed").add("message", "Charge failed");
        }
        body.add("transaction_id", charge.publicId())
                .add("dgs_reference", charge.reference())
                .add("amount", Wire.amount(charge.amount()))
                .add("currency", charge.currency())
                .add("transaction_status", charge.status().wire())
                .add("payment_method_type", ChargeRequest.PAYMENT_TYPE);
        switch (charge.status()) {
            case PENDING -> body.add("next_action_type", "redirect_url")
                    .add("next_action_redirect_url", handsetUrl(request.mobileMoneyPhone()))
                    .add("display_text", "Complete payment on your mobile device: approve the " + charge.provider()
                            + " MoMo prompt sent to " + request.mobileMoneyPhone().local());
            case SUCCESSFUL -> body.add("mobile_money_network", charge.provider())
                    .add("mobile_money_phone", request.mobileMoneyPhone().national())
                    .add("mobile_money_country_code", RwandaMobileNumber.COUNTRY_CODE);
            case FAILED -> body.add("issuer_response_type", "declined")
                    .add("issuer_response_code", ChargeScenario.DECLINE_CODE)
                    .add("processor_response", charge.failureReason());
        }
        return body.build();
    }

    /** The virtual handset showing this phone's prompts, where the customer approves or declines. */
    private String handsetUrl(RwandaMobileNumber phone) {
        return publicBaseUrl + "/handset?phone=" + URLEncoder.encode(phone.national(), StandardCharsets.UTF_8);
    }
}
