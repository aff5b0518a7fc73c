package rw.paydesk.core.gateway.infrastructure.rwandapay;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import rw.paydesk.core.gateway.BalanceChannel;
import rw.paydesk.core.gateway.Capability;
import rw.paydesk.core.gateway.CheckoutChannel;
import rw.paydesk.core.gateway.GatewayBalance;
import rw.paydesk.core.gateway.GatewayLink;
import rw.paydesk.core.gateway.RefundChannel;
import rw.paydesk.core.gateway.WithdrawalChannel;
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
import rw.paydesk.core.gateway.infrastructure.dgs.internal.DgsWire;
import rw.paydesk.core.gateway.infrastructure.rwandapay.internal.RwandaPayApi;
import rw.paydesk.core.gateway.infrastructure.rwandapay.internal.RwandaPayWire;
import rw.paydesk.core.money.Money;
import rw.paydesk.core.party.Reference;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The Rwanda Pay API v1 adapter.
 * <ul>
 * <li>Every call waits for its turn under {@link RequestPacer}, below the gateway's rate limit.
 * A 429 means the call was not processed: the pacer holds every call on this node for the
 * {@code Retry-After} time and the call is made again, with the same {@code Idempotency-Key}
 * (our reference), so it can never take money twice. A call that cannot get a turn within
 * {@code paydesk.rwandapay.max-throttle-wait} gives up unsent.</li>
 * <li>Calls that move money are otherwise sent once: a time-out, a broken connection or a 5xx
 * is {@link GatewayOutcomeUnknownException}; a 4xx is a refusal with the gateway's message.</li>
 * <li>Status reads find a payment by our reference as well as by the gateway's, so a charge
 * whose answer was lost can still be settled.</li>
 * </ul>
 */
@ApplicationScoped
public class RwandaPayGateway implements GatewayAdapter, MobileMoneyChannel, RefundChannel, CheckoutChannel,
        WithdrawalChannel, BalanceChannel {

    private static final Logger LOG = Logger.getLogger(RwandaPayGateway.class.getName());
    /** The gateway's bounds for one collection (its docs). */
    static final Money MINIMUM = Money.of("100", "RWF");
    static final Money MAXIMUM = Money.of("1000000", "RWF");
    /** With 90 a minute, at most 95 calls in any minute: under the sandbox plan's 100. */
    private static final int BURST = 5;
    /** The gateway's smallest withdrawal (its docs). */
    static final BigDecimal MINIMUM_WITHDRAWAL = new BigDecimal("10000");

    @Inject
    RwandaPaySettings settings;

    private RwandaPayApi api;
    private RequestPacer pacer;

    @PostConstruct
    void build() {
        api = RestClientBuilder.newBuilder()
                .baseUri(settings.baseUri())
                .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .property("microprofile.rest.client.disable.default.mapper", true)
                .build(RwandaPayApi.class);
        pacer = new RequestPacer(settings.requestsPerMinute(), BURST, System::nanoTime);
    }

    @Override
    public GatewayAccount account() {
        return new GatewayAccount(GatewayAccount.RWANDA_PAY, settings.name(), GatewayApi.RWANDA_PAY,
                settings.baseUri().toString(), settings.maskedKey(), settings.callbackUrl(),
                EnumSet.of(Capability.MOBILE_MONEY, Capability.REFUNDS, Capability.CHECKOUT_LINKS, Capability.WITHDRAWALS,
                        Capability.BALANCES), Set.of("RWF"), MINIMUM, MAXIMUM);
    }

    @Override
    public boolean enabled() {
        return settings.enabled();
    }

    @Override
    public GatewayCharge collectMobileMoney(MobileMoneyCollection request) {
        JsonObject body = RwandaPayWire.collect(request);
        String key = request.reference().value();
        return RwandaPayWire.charge(sendOnce("payments/collect", bearer -> api.collect(bearer, key, body)));
    }

    @Override
    public boolean busy() {
        return pacer.busy();
    }

    @Override
    public Optional<GatewayTransaction> transactionStatus(Reference reference) {
        return chargeStatus(reference.value(), null);
    }

    @Override
    public Optional<GatewayTransaction> chargeStatus(String reference, String gatewayReference) {
        String asked = gatewayReference != null && !gatewayReference.isBlank() ? gatewayReference : reference;
        try {
            return Optional.of(RwandaPayWire.payment(sendOnce("payments/" + asked, bearer -> api.payment(bearer, asked)),
                    reference));
        } catch (GatewayRejectedException e) {
            if (e.httpStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public GatewayRefund refund(String refundReference, String paymentReference, BigDecimal amount, String reason) {
        JsonObject body = RwandaPayWire.refund(amount, reason);
        return RwandaPayWire.refundAnswer(sendOnce("payments/" + paymentReference + "/refund",
                bearer -> api.refund(bearer, refundReference, paymentReference, body)));
    }

    @Override
    public GatewayLink openCheckout(String reference, CheckoutRequest request) {
        JsonObject body = RwandaPayWire.checkout(reference, request);
        return RwandaPayWire.checkoutAnswer(sendOnce("checkout/initialize", bearer -> api.checkout(bearer, reference, body)),
                defaultExpiry(java.time.Instant.now()));
    }

    @Override
    public GatewayWithdrawal withdraw(String reference, BigDecimal amount, String phone, String provider, char[] pin) {
        JsonObject body = RwandaPayWire.withdrawal(amount, phone, provider, pin, settings.callbackUrl());
        return RwandaPayWire.withdrawalAnswer(sendOnce("withdrawals", bearer -> api.withdraw(bearer, reference, body)));
    }

    @Override
    public Optional<GatewayWithdrawal> withdrawal(String gatewayReference) {
        try {
            return Optional.of(RwandaPayWire.withdrawalAnswer(sendOnce("withdrawals/" + gatewayReference,
                    bearer -> api.withdrawal(bearer, gatewayReference))));
        } catch (GatewayRejectedException e) {
            if (e.httpStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public BigDecimal minimum() {
        return MINIMUM_WITHDRAWAL;
    }

    @Override
    public List<GatewayBalance> balances() {
        return List.of(RwandaPayWire.balance(sendOnce("balance", api::balance)));
    }

    /**
     * Makes one call, waiting for its turn and again after each 429, and interprets the answer.
     * Only a 429 is repeated: the gateway did not process the call.
     */
    private JsonObject sendOnce(String operation, Function<String, Response> call) {
        long deadline = System.nanoTime() + settings.maxThrottleWait().toNanos();
        while (true) {
            long wait = pacer.reserve();
            if (System.nanoTime() + wait > deadline) {
                throw new GatewayUnavailableException("Rwanda Pay is at its rate limit and " + operation
                        + " could not get a turn in " + settings.maxThrottleWait().toSeconds() + " s; nothing was sent.", null);
            }
            if (wait > 0) {
                LockSupport.parkNanos(wait); // pacing: this call's slot under the rate limit
            }
            Exchange exchange = exchange(operation, call);
            if (exchange.status() != 429) {
                return interpret(operation, exchange);
            }
            long retryAfter = exchange.retryAfterSeconds();
            LOG.info(() -> "Rwanda Pay answered 429 to " + operation + "; calls on this node wait " + retryAfter + " s");
            pacer.holdFor(TimeUnit.SECONDS.toNanos(retryAfter));
        }
    }

    private Exchange exchange(String operation, Function<String, Response> call) {
        try (Response response = call.apply(settings.bearer())) {
            return new Exchange(response.getStatus(), HttpAnswers.body(response), response.getHeaderString("Retry-After"));
        } catch (ProcessingException e) {
            if (HttpAnswers.neverSent(e)) {
                throw new GatewayUnavailableException("Rwanda Pay could not be reached (" + operation + "); nothing was sent.", e);
            }
            throw new GatewayOutcomeUnknownException("No answer from Rwanda Pay to " + operation
                    + " (" + HttpAnswers.rootCause(e).getClass().getSimpleName() + "); the outcome is unknown until it is checked.", e);
        }
    }

    private static JsonObject interpret(String operation, Exchange exchange) {
        int status = exchange.status();
        JsonObject body = exchange.body();
        if (status / 100 == 2 && !"error".equalsIgnoreCase(DgsWire.text(body, "status"))) {
            return body;
        }
        if (status == 408 || status / 100 == 5) {
            throw new GatewayOutcomeUnknownException("Rwanda Pay answered HTTP " + status + " to " + operation
                    + "; the outcome is unknown until it is checked.", null);
        }
        String message = DgsWire.text(body, "message");
        if (status == 401) {
            message = "Rwanda Pay refused PayDesk's API key (HTTP 401): check paydesk.rwandapay.secret-key.";
        } else if (status == 402) {
            message = "Rwanda Pay: insufficient balance in the merchant wallet.";
        }
        return throwRefusal(status, body, message);
    }

    private static JsonObject throwRefusal(int status, JsonObject body, String message) {
        throw new GatewayRejectedException(status, String.valueOf(status),
                message == null ? "Rwanda Pay refused the request (HTTP " + status + ")." : message, DgsWire.errors(body));
    }

    /** One HTTP answer, read and closed. */
    private record Exchange(int status, JsonObject body, String retryAfter) {

        /** {@code Retry-After} in seconds (1 to 60), 1 when absent or unreadable. */
        long retryAfterSeconds() {
            try {
                return Math.max(1, Math.min(60, Long.parseLong(retryAfter == null ? "1" : retryAfter.trim())));
            } catch (NumberFormatException notSeconds) {
                return 1;
            }
        }
    }
}
