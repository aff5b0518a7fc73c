package rw.paydesk.core.gateway;

import rw.paydesk.core.money.Money;

import java.util.Currency;
import java.util.List;

/**
 * The DGS-Pay API v2 account, in PayDesk's terms: mobile money ({@link MobileMoneyChannel})
 * and all the rest the portal first did through one gateway. An adapter per gateway API translates these
 * calls to its wire format and back; no wire type crosses this interface.
 *
 * <p>Calls that move money are never retried by the adapter: when their outcome cannot be
 * known they throw {@link GatewayOutcomeUnknownException}, and the record stays UNKNOWN
 * until reconciliation asks {@link #transactionStatus}. Reads may be retried.
 */
public interface PaymentGateway extends MobileMoneyChannel, BalanceChannel {

    /** Starts a card payment with card data encrypted in the browser; PayDesk never sees it in clear. */
    GatewayCharge chargeCard(CardCollection request);

    /** Continues a card payment with the step the gateway asked for. */
    GatewayCharge authorizeCard(String chargeId, CardStep step);

    /** The gateway's public key (PEM) that browsers encrypt card data with. */
    String cardPublicKey();

    /** Creates a payment link the customer opens to pay by card or mobile money. */
    GatewayLink createLink(LinkRequest request);

    /**
     * One page of the gateway's list of every movement on the account ({@code limit} from
     * {@code offset}), in the gateway's order. A read: retried like the others.
     */
    TransactionPage transactionList(int limit, int offset);

    /**
     * Sends a payout once. The gateway acknowledges it ({@code NEW}) and reports the outcome
     * later by webhook; a refusal throws {@link GatewayRejectedException}, a lost answer
     * {@link GatewayOutcomeUnknownException}.
     */
    GatewayPayout sendPayout(PayoutInstruction instruction);

    /** The banks the gateway pays out to. */
    List<Bank> banks();

    /** Quotes the conversion of {@code amount} into {@code destination}. */
    FxQuote fxQuote(Money amount, Currency destination);
}
