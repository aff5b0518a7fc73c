package rw.paydesk.core.gateway.infrastructure.dgs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import rw.paydesk.core.gateway.Bank;
import rw.paydesk.core.gateway.CardCollection;
import rw.paydesk.core.gateway.CardStep;
import rw.paydesk.core.gateway.Capability;
import rw.paydesk.core.gateway.GatewayAccount;
import rw.paydesk.core.gateway.GatewayAdapter;
import rw.paydesk.core.gateway.GatewayApi;
import rw.paydesk.core.gateway.GatewayBalance;
import rw.paydesk.core.gateway.GatewayCharge;
import rw.paydesk.core.gateway.FxQuote;
import rw.paydesk.core.gateway.GatewayLink;
import rw.paydesk.core.gateway.GatewayPayout;
import rw.paydesk.core.gateway.GatewayOutcomeUnknownException;
import rw.paydesk.core.gateway.GatewayRejectedException;
import rw.paydesk.core.gateway.GatewayTransaction;
import rw.paydesk.core.gateway.GatewayUnavailableException;
import rw.paydesk.core.gateway.LinkRequest;
import rw.paydesk.core.gateway.MobileMoneyCollection;
import rw.paydesk.core.gateway.PaymentGateway;
import rw.paydesk.core.gateway.PayoutInstruction;
import rw.paydesk.core.gateway.TransactionPage;
import rw.paydesk.core.money.Money;
import rw.paydesk.core.gateway.infrastructure.HttpAnswers;
import rw.paydesk.core.gateway.infrastructure.dgs.internal.DgsApi;
import rw.paydesk.core.gateway.infrastructure.dgs.internal.DgsWire;
import rw.paydesk.core.party.Country;
import rw.paydesk.core.party.Reference;

import java.util.Arrays;
import java.util.Currency;
import java.util.EnumSet;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The DGS-Pay API v2 adapter.
 * <ul>
 * <li>A 401 means the call was not processed: the token is replaced once and the call
 * repeated.</li>
 * <li>Calls that create a movement are sent once. A time-out, a broken connection or a 5xx
 * throws {@link GatewayOutcomeUnknownException}; a refusal (4xx, or {@code status: error})
 * throws {@link GatewayRejectedException} with the gateway's code and message.</li>
 * <li>Reads (status, transaction list, balances) are retried twice with a short back-off.</li>
 * </ul>
 */
@ApplicationScoped
public class DgsPayGateway implements PaymentGateway, GatewayAdapter {

    private static final Logger LOG = Logger.getLogger(DgsPayGateway.class.getName());
    private static final long[] READ_BACKOFF_MS = {200, 800};

    @Inject
    DgsClient client;

    @Inject
    DgsTokenKeeper tokens;

    @Inject
    DgsSettings settings;

    /** The card public key: it changes only when the gateway rotates it, so it is read once. */
    private volatile String publicKey;

    @Override
    public GatewayAccount account() {
        return new GatewayAccount(GatewayAccount.DGS, "DGS-Pay " + settings.accountNumber(), GatewayApi.DGS_V2,
                settings.baseUri().toString(), rw.paydesk.core.platform.Secrets.mask(settings.clientSecret()), settings.callbackUrl(),
                EnumSet.of(Capability.MOBILE_MONEY, Capability.CARDS, Capability.PAYMENT_LINKS, Capability.PAYOUTS,
                        Capability.BALANCES, Capability.TRANSACTION_LIST),
                Arrays.stream(Country.values()).map(c -> c.currency().getCurrencyCode()).collect(Collectors.toSet()),
                null, null);
    }

    /** Always: payouts, links and the ledger's transaction list all go through this account. */
    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public GatewayCharge collectMobileMoney(MobileMoneyCollection request) {
        JsonObject answer = sendOnce("init_payment", DgsApi::initPayment, DgsWire.mobileMoney(request));
        return DgsWire.charge(answer);
    }

    @Override
    public GatewayCharge chargeCard(CardCollection request) {
        return DgsWire.charge(sendOnce("init_payment", DgsApi::initPayment, DgsWire.card(request)));
    }

    @Override
    public GatewayCharge authorizeCard(String chargeId, CardStep step) {
        return DgsWire.charge(sendOnce("authorize_payment", DgsApi::authorizePayment,
                DgsWire.authorization(chargeId, step)));
    }

    @Override
    public String cardPublicKey() {
        String key = publicKey;
        if (key == null) {
            key = settings.cardPublicKey().orElseGet(() -> read(this::fetchPublicKey));
            publicKey = key;
        }
        return key;
    }

    private String fetchPublicKey() {
        try (Response response = client.api().publicKey()) {
            String pem = DgsWire.text(DgsClient.body(response), "public_key");
            if (response.getStatus() != 200 || pem == null || !pem.contains("PUBLIC KEY")) {
                throw new GatewayUnavailableException("The gateway did not give its card public key (HTTP "
                        + response.getStatus() + "); set paydesk.gateway.card-public-key.", null);
            }
            return pem;
        } catch (ProcessingException e) {
            throw new GatewayUnavailableException("The gateway could not be reached for its card public key.", e);
        }
    }

    @Override
    public GatewayLink createLink(LinkRequest request) {
        return DgsWire.createdLink(sendOnce("create-link", DgsApi::createLink, DgsWire.link(request)));
    }

    @Override
    public Optional<GatewayTransaction> transactionStatus(Reference reference) {
        return transactionStatus(reference.value());
    }

    /** By any reference the gateway knows, ours or its own (the charges API's {@code dgs_…}). */
    Optional<GatewayTransaction> transactionStatus(String reference) {
        JsonObject query = Json.createObjectBuilder().add("action", "transaction_status")
                .add("reference", reference).build();
        return read(() -> {
            try {
                return Optional.of(DgsWire.transaction(sendOnce("wallet", DgsApi::wallet, query)));
            } catch (GatewayRejectedException e) {
                if (e.httpStatus() == 404) {
                    return Optional.<GatewayTransaction>empty();
                }
                throw e;
            }
        });
    }

    @Override
    public TransactionPage transactionList(int limit, int offset) {
        JsonObject query = Json.createObjectBuilder().add("action", "transaction_list")
                .add("limit", limit).add("offset", offset).build();
        return read(() -> DgsWire.transactionPage(sendOnce("wallet", DgsApi::wallet, query), limit, offset));
    }

    @Override
    public List<GatewayBalance> balances() {
        JsonObject query = Json.createObjectBuilder().add("action", "balance").build();
        return read(() -> DgsWire.balances(sendOnce("wallet", DgsApi::wallet, query)));
    }

    @Override
    public GatewayPayout sendPayout(PayoutInstruction instruction) {
        return DgsWire.payoutAnswer(sendOnce("init_payout", DgsApi::initPayout, DgsWire.payout(instruction)));
    }

    @Override
    public List<Bank> banks() {
        return read(() -> DgsWire.banks(sendOnce("banks", (api, bearer, body) -> api.banks(bearer), JsonValue.EMPTY_JSON_OBJECT)));
    }

    @Override
    public FxQuote fxQuote(Money amount, Currency destination) {
        JsonObject answer = read(() -> sendOnce("fx-rate", DgsApi::fxRate, DgsWire.fxRequest(amount, destination)));
        try {
            return DgsWire.fxQuote(answer);
        } catch (IllegalArgumentException e) {
            throw new GatewayUnavailableException("The gateway's exchange-rate answer could not be read: " + e.getMessage(), e);
        }
    }

    private <T> T read(Supplier<T> call) {
        for (int attempt = 0; ; attempt++) {
            try {
                return call.get();
            } catch (GatewayOutcomeUnknownException | GatewayUnavailableException e) {
                if (attempt >= READ_BACKOFF_MS.length) {
                    throw e;
                }
                LOG.fine(() -> "retrying a gateway read after: " + e.getMessage());
                pause(READ_BACKOFF_MS[attempt]);
            }
        }
    }

    private JsonObject sendOnce(String operation, Call endpoint, JsonObject body) {
        String bearer = tokens.bearer();
        Exchange exchange = exchange(operation, endpoint, bearer, body);
        if (exchange.status() == 401) {
            // not processed: the token was refused (expired or revoked); one new token, one repeat
            exchange = exchange(operation, endpoint, tokens.replace(bearer), body);
        }
        return interpret(operation, exchange);
    }

    private record Exchange(int status, JsonObject body) {
    }

    @FunctionalInterface
    private interface Call {
        Response invoke(DgsApi api, String bearer, JsonObject body);
    }

    private Exchange exchange(String operation, Call endpoint, String bearer, JsonObject body) {
        try (Response response = endpoint.invoke(client.api(), bearer, body)) {
            return new Exchange(response.getStatus(), DgsClient.body(response));
        } catch (ProcessingException e) {
            Throwable cause = HttpAnswers.rootCause(e);
            if (HttpAnswers.neverSent(e)) {
                throw new GatewayUnavailableException("The gateway could not be reached (" + operation + "); nothing was sent.", e);
            }
            throw new GatewayOutcomeUnknownException("No answer from the gateway to " + operation
                    + " (" + cause.getClass().getSimpleName() + "); the outcome is unknown until it is checked.", e);
        }
    }

    private static JsonObject interpret(String operation, Exchange exchange) {
        int status = exchange.status();
        JsonObject body = exchange.body();
        if (status / 100 == 2) {
            if ("error".equalsIgnoreCase(DgsWire.text(body, "status"))) {
                throw rejection(status, body);
            }
            return body;
        }
        if (status == 408 || status / 100 == 5) {
            throw new GatewayOutcomeUnknownException("The gateway answered HTTP " + status + " to " + operation
                    + "; the outcome is unknown until it is checked.", null);
        }
        throw rejection(status, body);
    }

    private static GatewayRejectedException rejection(int status, JsonObject body) {
        String code = DgsWire.text(body, "code");
        String message = DgsWire.text(body, "message");
        if (message == null) {
            message = DgsWire.text(body, "error");
        }
        if (status == 429) {
            message = "The gateway is busy (too many requests). Nothing was sent; try again in a moment.";
        }
        return new GatewayRejectedException(status, code == null ? String.valueOf(status) : code,
                message == null ? "The gateway refused the request (HTTP " + status + ")." : message,
                DgsWire.errors(body));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis); // back-off between retries of an idempotent read
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
