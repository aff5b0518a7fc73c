package rw.paydesk.sandbox.auth;

import java.util.Optional;
import java.util.Set;

/**
 * A merchant account of the sandbox, as configured.
 *
 * @param number        the DGS-assigned account number, e.g. ACC-2322-0001
 * @param name          a display name for the operator pages
 * @param secret        the sk_sandbox_… client secret
 * @param webhookSecret sent in the DGS-Webhook-Secret header of every webhook
 * @param apiCodes      the API codes enabled "in the dashboard"; others answer 403
 * @param webhookUrl    where webhooks of payment links without their own callback_url, and of charges, go
 */
public record Account(String number, String name, String secret, String webhookSecret, Set<String> apiCodes,
                      Optional<String> webhookUrl) {

    /** The documented API codes. PAYOUT_MOBILE_MONEY, used by the docs' example, means PAYOUT_MOBILE. */
    public static final Set<String> API_CODES =
            Set.of("PAYIN_MOBILE", "PAYIN_CARD_LOCAL", "PAYIN_CARD_INTL", "PAYOUT_BANK", "PAYOUT_MOBILE");

    public static String canonicalApiCode(String code) {
        return "PAYOUT_MOBILE_MONEY".equals(code) ? "PAYOUT_MOBILE" : code;
    }

    public boolean enabled(String apiCode) {
        return apiCodes.contains(canonicalApiCode(apiCode));
    }

    /** The secret for display: its prefix and last characters only. */
    public static String masked(String secret) {
        if (secret == null || secret.length() < 8) {
            return "****";
        }
        return secret.substring(0, Math.min(11, secret.length() - 4)) + "…" + secret.substring(secret.length() - 4);
    }
}
