package rw.paydesk.core.gateway;

import rw.paydesk.core.money.Money;

import java.util.Objects;
import java.util.Set;

/**
 * One account PayDesk holds with a gateway, as configured. Its credentials stay in the
 * adapter's settings; this record carries only their masked form, fit for a page.
 *
 * @param id           stable key stored on every record made through the account ({@code dgs}, {@code rwandapay}…)
 * @param name         what people call it
 * @param api          which API (and so which adapter) serves it
 * @param baseUrl      where the API is
 * @param maskedKey    the credential, masked ({@link rw.paydesk.core.platform.Secrets#mask})
 * @param webhookUrl   where the gateway is to send this account's webhooks
 * @param capabilities what it can do
 * @param currencies   the currencies it collects in
 * @param minimum      the smallest collection it accepts, if it has a floor
 * @param maximum      the largest collection it accepts, if it has a ceiling
 */
public record GatewayAccount(String id, String name, GatewayApi api, String baseUrl, String maskedKey,
                             String webhookUrl, Set<Capability> capabilities, Set<String> currencies,
                             Money minimum, Money maximum) {

    /** The account the portal has always used: DGS-Pay API v2. */
    public static final String DGS = "dgs";
    public static final String DGS_CHARGES = "dgs-charges";
    public static final String RWANDA_PAY = "rwandapay";

    public GatewayAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(api, "api");
        capabilities = Set.copyOf(capabilities);
        currencies = Set.copyOf(currencies);
    }

    public boolean supports(Capability capability) {
        return capabilities.contains(capability);
    }
}
