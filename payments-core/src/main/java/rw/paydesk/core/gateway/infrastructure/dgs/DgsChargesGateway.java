package rw.paydesk.core.gateway.infrastructure.dgs;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import rw.paydesk.core.gateway.Capability;
import rw.paydesk.core.gateway.GatewayAccount;
import rw.paydesk.core.gateway.GatewayAdapter;
import rw.paydesk.core.gateway.GatewayApi;
import rw.paydesk.core.gateway.GatewayCharge;
import rw.paydesk.core.gateway.GatewayOutcomeUnknownException;
import rw.paydesk.core.gateway.GatewayRejectedException;
import rw.paydesk.core.gateway.GatewayTransaction;
import rw.paydesk.core.gateway.GatewayUnavailableException;
import rw.paydesk.core.gateway.MobileMoneyChannel;
import rw.paydesk.core.gateway.MobileMoneyCollection;
import rw.paydesk.core.gateway.infrastructure.HttpAnswers;
import rw.paydesk.core.gateway.infrastructure.dgs.internal.DgsChargesApi;
import rw.paydesk.core.gateway.infrastructure.dgs.internal.DgsWire;
import rw.paydesk.core.party.Reference;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The DGS-Pay mobile-money charges API adapter ({@code POST /charges}, RWF only). The API takes
 * no merchant reference: the charge is known by the {@code dgs_reference} and
 * {@code transaction_id} of its first answer, and status checks go through API v2's
 * {@code transaction_status} with that reference. A charge whose first answer is lost has no
 * such reference: it stays UNKNOWN until reconciliation or a person settles it (README).
 */
@ApplicationScoped
public class DgsChargesGateway implements GatewayAdapter, MobileMoneyChannel {

    @Inject
    DgsChargesSettings settings;

    @Inject
    DgsPayGateway v2;

    private DgsChargesApi api;

    @PostConstruct
    void build() {
        api = RestClientBuilder.newBuilder()
                .baseUri(settings.baseUri())
                .connectTimeout(settings.dgs().connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.dgs().readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .property("microprofile.rest.client.disable.default.mapper", true)
                .build(DgsChargesApi.class);
    }

    @Override
    public GatewayAccount account() {
        return new GatewayAccount(GatewayAccount.DGS_CHARGES, settings.name(), GatewayApi.DGS_CHARGES,
                settings.baseUri().toString(), rw.paydesk.core.platform.Secrets.mask(settings.apiKey()), settings.webhookUrl(),
                EnumSet.of(Capability.MOBILE_MONEY, Capability.TRANSACTION_LIST), Set.of("RWF"), null, null);
    }

    @Override
    public boolean enabled() {
        return settings.enabled();
    }

    @Override
    public GatewayCharge collectMobileMoney(MobileMoneyCollection request) {
        JsonObject body = body(request, settings.redirectUrl());
        int status;
        JsonObject answer;
        try (Response response = api.charge(settings.apiKey(), body)) {
            status = response.getStatus();
            answer = HttpAnswers.body(response);
        } catch (ProcessingException e) {
            if (HttpAnswers.neverSent(e)) {
                throw new GatewayUnavailableException("DGS-Pay could not be reached (charges); nothing was sent.", e);
            }
            throw new GatewayOutcomeUnknownException("No answer from DGS-Pay to charges ("
                    + HttpAnswers.rootCause(e).getClass().getSimpleName() + "); the outcome is unknown until it is checked.", e);
        }
        String transactionStatus = DgsWire.text(answer, "transaction_status");
        if (status / 100 == 2 && transactionStatus != null) {
            return charge(answer, transactionStatus);
        }
        if (status == 408 || status / 100 == 5) {
            throw new GatewayOutcomeUnknownException("DGS-Pay answered HTTP " + status
                    + " to charges; the outcome is unknown until it is checked.", null);
        }
        String message = DgsWire.text(answer, "message");
        String code = DgsWire.text(answer, "code");
        throw new GatewayRejectedException(status, code == null ? String.valueOf(status) : code,
                message == null ? "DGS-Pay refused the charge (HTTP " + status + ")." : message, DgsWire.errors(answer));
    }

    @Override
    public Optional<GatewayTransaction> transactionStatus(Reference reference) {
        return v2.transactionStatus(reference.value());
    }

    /** By the {@code dgs_reference} of the first answer; a charge without one cannot be asked about. */
    @Override
    public Optional<GatewayTransaction> chargeStatus(String reference, String gatewayReference) {
        if (gatewayReference == null || gatewayReference.isBlank()) {
            return Optional.empty();
        }
        return v2.transactionStatus(gatewayReference).map(t -> new GatewayTransaction(reference, t.transactionId(),
                t.status(), t.amount(), t.currency(), t.fee(), t.reason()));
    }

    static JsonObject body(MobileMoneyCollection r, String redirectUrl) {
        String name = r.customer().value().trim();
        int space = name.lastIndexOf(' ');
        String first = space > 0 ? name.substring(0, space).trim() : name;
        String last = space > 0 ? name.substring(space + 1).trim() : name;
        String narration = (r.description() == null ? "Payment" : r.description()) + " (" + r.reference().value() + ")";
        return Json.createObjectBuilder()
                .add("amount", r.amount().amount().longValueExact())
                .add("currency", r.amount().currency().getCurrencyCode())
                .add("payment_type", "mobile_money")
                .add("customer_email", r.email())
                .add("customer_first_name", first)
                .add("customer_last_name", last)
                .add("customer_phone", r.phone().national())
                .add("customer_phone_country_code", r.phone().country().dialCode())
                .add("redirect_url", redirectUrl)
                .add("narration", narration.length() > 100 ? narration.substring(0, 100) : narration)
                .add("mobile_money_network", r.provider())
                .add("mobile_money_phone", r.phone().national())
                .build();
    }

    private static GatewayCharge charge(JsonObject answer, String transactionStatus) {
        String message = DgsWire.text(answer, "processor_response");
        if (message == null) {
            message = DgsWire.text(answer, "display_text");
        }
        if (message == null) {
            message = DgsWire.text(answer, "message");
        }
        String code = DgsWire.text(answer, "issuer_response_code");
        return new GatewayCharge(transactionStatus, code, message, DgsWire.text(answer, "transaction_id"), null,
                DgsWire.text(answer, "display_text"), null, DgsWire.text(answer, "dgs_reference"));
    }
}
