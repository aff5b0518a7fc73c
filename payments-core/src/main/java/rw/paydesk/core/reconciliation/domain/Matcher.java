package rw.paydesk.core.reconciliation.domain;

import rw.paydesk.core.ledger.domain.Direction;
import rw.paydesk.core.ledger.domain.LedgerEntry;
import rw.paydesk.core.ledger.domain.LedgerStatus;
import rw.paydesk.core.money.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * Compares the three accounts of one movement: PayDesk's record and the gateway's list (both
 * merged in its {@link LedgerEntry}, each side kept) and the webhooks received
 * ({@link WebhookTrail}). Answers one {@link Finding} per field that differs, each with a
 * sentence saying which account says what. An empty answer means the three agree.
 */
public final class Matcher {

    private Matcher() {
    }

    public static List<Finding> compare(LedgerEntry e, WebhookTrail w) {
        return compare(e, w, true);
    }

    /**
     * As {@link #compare(LedgerEntry, WebhookTrail)}; {@code listedByGateway} is false for an
     * account whose gateway has no transaction list (Rwanda Pay): its side comes from status
     * reads, so an entry it has not been read for yet is not "missing at the gateway".
     */
    public static List<Finding> compare(LedgerEntry e, WebhookTrail w, boolean listedByGateway) {
        WebhookTrail trail = w == null ? WebhookTrail.none(e.reference()) : w;
        List<Finding> found = new ArrayList<>();
        if (!e.knownLocally()) {
            if (e.knownAtGateway()) {
                found.add(missingHere(e, trail));
            }
            return found;
        }
        if (!e.knownAtGateway()) {
            if (sentToGateway(e) && listedByGateway) {
                found.add(missingAtGateway(e, trail));
            }
            return found;
        }
        amount(e, trail, found);
        currency(e, trail, found);
        fee(e, trail, found);
        status(e, trail, found);
        webhooks(e, trail, found);
        return found;
    }

    /**
     * Whether our record says the gateway got it. A record refused at once (nothing created at
     * the gateway) is FAILED without a gateway transaction id; it has nothing to match.
     */
    static boolean sentToGateway(LedgerEntry e) {
        return e.localLedgerStatus() != LedgerStatus.FAILED || e.gatewayTransactionId() != null;
    }

    private static Finding missingHere(LedgerEntry e, WebhookTrail w) {
        String gateway = show(e.gatewayAmount() != null ? e.gatewayAmount() : e.amount(),
                e.gatewayCurrency() != null ? e.gatewayCurrency() : e.currency()) + ", " + e.gatewayStatus();
        String text = "The gateway lists a " + noun(e) + " of " + gateway + " with reference " + e.reference()
                + " that PayDesk never made"
                + (w.deliveries() > 0 ? "; its webhook came and matched no record." : ".")
                + " Someone may have used the API key outside PayDesk.";
        return new Finding(DifferenceKind.MISSING_HERE, null, gateway, w.deliveries() > 0 ? w.status() : null, text);
    }

    private static Finding missingAtGateway(LedgerEntry e, WebhookTrail w) {
        String ours = show(e.amount(), e.currency()) + ", " + e.localStatus();
        String text;
        if (e.localLedgerStatus() == LedgerStatus.UNKNOWN) {
            text = "PayDesk got no answer when it sent this " + noun(e) + " and the gateway's list does not have it:"
                    + " the request most likely never reached the gateway, so no money moved. PayDesk keeps asking its status.";
        } else {
            text = "PayDesk's record is " + e.localStatus() + " but the gateway's list has no " + noun(e)
                    + " with reference " + e.reference() + ".";
        }
        if (w.deliveries() > 0) {
            text += " Yet a webhook about it came (" + w.status() + ").";
        }
        return new Finding(DifferenceKind.MISSING_AT_GATEWAY, ours, null, w.deliveries() > 0 ? w.status() : null, text);
    }

    private static void amount(LedgerEntry e, WebhookTrail w, List<Finding> found) {
        boolean gatewayDiffers = e.gatewayAmount() != null && !same(e.amount(), e.gatewayAmount());
        boolean webhookDiffers = w.amount() != null && !same(e.amount(), w.amount());
        if (!gatewayDiffers && !webhookDiffers) {
            return;
        }
        String ours = show(e.amount(), e.currency());
        String gateway = e.gatewayAmount() == null ? null : show(e.gatewayAmount(), gatewayCurrency(e));
        String webhook = w.amount() == null ? null : show(w.amount(), w.currency() != null ? w.currency() : e.currency());
        String text = "PayDesk " + (e.direction() == Direction.PAYOUT ? "sent " : "asked for ") + ours
                + (gateway == null ? "" : "; the gateway's list says " + gateway)
                + (webhook == null ? "" : "; the webhook said " + webhook) + ".";
        found.add(new Finding(DifferenceKind.AMOUNT, ours, gateway, webhook, text));
    }

    private static void currency(LedgerEntry e, WebhookTrail w, List<Finding> found) {
        boolean gatewayDiffers = e.gatewayCurrency() != null && !e.gatewayCurrency().equals(e.currency());
        boolean webhookDiffers = w.currency() != null && !w.currency().equals(e.currency());
        if (gatewayDiffers || webhookDiffers) {
            found.add(new Finding(DifferenceKind.CURRENCY, e.currency(), e.gatewayCurrency(), w.currency(),
                    "PayDesk's record is in " + e.currency()
                            + (e.gatewayCurrency() == null ? "" : "; the gateway's list says " + e.gatewayCurrency())
                            + (w.currency() == null ? "" : "; the webhook said " + w.currency()) + "."));
        }
    }

    private static void fee(LedgerEntry e, WebhookTrail w, List<Finding> found) {
        BigDecimal gateway = e.gatewayFee();
        if (gateway == null) {
            return; // the gateway's word is the fee charged; without it there is nothing to hold the others to
        }
        boolean oursDiffers = e.localFee() != null && !same(e.localFee(), gateway);
        boolean webhookDiffers = w.fee() != null && !same(w.fee(), gateway);
        if (!oursDiffers && !webhookDiffers) {
            return;
        }
        String currency = gatewayCurrency(e);
        String ours = e.localFee() == null ? null : show(e.localFee(), e.currency());
        String charged = show(gateway, currency);
        String webhook = w.fee() == null ? null : show(w.fee(), currency);
        String text = "The gateway's list says a fee of " + charged
                + (ours == null ? "" : "; PayDesk " + (e.localStatus() != null && e.localLedgerStatus().isFinal()
                        ? "recorded " : "expected ") + ours)
                + (webhook == null ? "" : "; the webhook said " + webhook) + ".";
        found.add(new Finding(DifferenceKind.FEE, ours, charged, webhook, text));
    }

    private static void status(LedgerEntry e, WebhookTrail w, List<Finding> found) {
        LedgerStatus ours = e.localLedgerStatus();
        LedgerStatus gateway = e.gatewayLedgerStatus();
        LedgerStatus webhook = LedgerStatus.fromGateway(w.status()).orElse(null);
        if (ours == null || gateway == null) {
            return;
        }
        String text;
        if (ours != gateway) {
            if (gateway.isFinal() && !ours.isFinal()) {
                text = "The gateway says " + e.gatewayStatus() + "; PayDesk still shows " + e.localStatus()
                        + " until its next status check brings it forward.";
            } else if (ours.isFinal() && !gateway.isFinal()) {
                text = "PayDesk shows " + e.localStatus() + " but the gateway still says " + e.gatewayStatus() + ".";
            } else if (ours.isFinal()) {
                text = "PayDesk shows " + e.localStatus() + " but the gateway says " + e.gatewayStatus()
                        + ": the money did not move the way PayDesk's record says.";
            } else {
                text = "PayDesk shows " + e.localStatus() + "; the gateway says " + e.gatewayStatus() + ".";
            }
        } else if (webhook != null && webhook.isFinal() && gateway.isFinal() && webhook != gateway) {
            text = "The webhook said " + w.status() + " but the gateway's list and PayDesk say " + e.gatewayStatus() + ".";
        } else {
            return;
        }
        if (webhook != null && ours != gateway) {
            text += " The webhook said " + w.status() + ".";
        }
        found.add(new Finding(DifferenceKind.STATUS, e.localStatus(), e.gatewayStatus(), w.status(), text));
    }

    private static void webhooks(LedgerEntry e, WebhookTrail w, List<Finding> found) {
        LedgerStatus gateway = e.gatewayLedgerStatus();
        if (w.deliveries() == 0 && gateway != null && gateway.isFinal()) {
            boolean settled = gateway == e.localLedgerStatus();
            found.add(new Finding(DifferenceKind.WEBHOOK_MISSING, e.localStatus(), e.gatewayStatus(), "none",
                    "The gateway finished this " + noun(e) + " (" + e.gatewayStatus() + ") but no webhook came; "
                            + (settled ? "PayDesk took the outcome from the gateway's status check."
                                       : "PayDesk still shows " + e.localStatus() + " until its status check.")));
        }
        if (w.duplicates() > 0) {
            found.add(new Finding(DifferenceKind.WEBHOOK_DUPLICATED, null, null, w.deliveries() + " deliveries",
                    "The gateway delivered the same webhook " + times(w.duplicates() + 1) + "; PayDesk applied it once"
                            + " and ignored the other " + (w.duplicates() == 1 ? "delivery." : w.duplicates() + " deliveries.")));
        }
    }

    private static String noun(LedgerEntry e) {
        return e.direction() == Direction.PAYOUT ? "payout" : "collection";
    }

    private static String times(int n) {
        return n == 2 ? "twice" : n + " times";
    }

    private static String gatewayCurrency(LedgerEntry e) {
        return e.gatewayCurrency() != null ? e.gatewayCurrency() : e.currency();
    }

    static boolean same(BigDecimal a, BigDecimal b) {
        return Objects.equals(a, b) || (a != null && b != null && a.compareTo(b) == 0);
    }

    /** {@code RWF 5,000}; a currency Java does not know is shown as given. */
    static String show(BigDecimal amount, String currency) {
        if (amount == null) {
            return null;
        }
        try {
            return Money.formatAmount(amount, Currency.getInstance(currency)).transform(a -> currency + " " + a);
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return currency + " " + amount.stripTrailingZeros().toPlainString();
        }
    }
}
