package rw.paydesk.core.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every gateway account PayDesk is configured with, and the adapter serving each. Features
 * ask here for the channel of the account a record belongs to; an account that is switched
 * off, or whose API lacks the feature, is refused with a message a person can act on.
 */
@ApplicationScoped
public class GatewayAccounts {

    @Inject
    @Any
    Instance<GatewayAdapter> adapters;

    /** Every account, switched on or not, the DGS-Pay v2 one first. */
    public List<GatewayAccount> all() {
        return adapters.stream().map(GatewayAdapter::account)
                .sorted(Comparator.comparing(GatewayAccount::api)).toList();
    }

    /** The accounts switched on in configuration. */
    public List<GatewayAccount> enabled() {
        return adapters.stream().filter(GatewayAdapter::enabled).map(GatewayAdapter::account)
                .sorted(Comparator.comparing(GatewayAccount::api)).toList();
    }

    /** The switched-on accounts that have {@code capability}. */
    public List<GatewayAccount> offering(Capability capability) {
        return enabled().stream().filter(a -> a.supports(capability)).toList();
    }

    public boolean isEnabled(String id) {
        return adapter(id).map(GatewayAdapter::enabled).orElse(false);
    }

    public Optional<GatewayAccount> find(String id) {
        return adapter(id).map(GatewayAdapter::account);
    }

    /** The name of the account, or the id itself for an account no longer configured. */
    public String nameOf(String id) {
        return find(id).map(GatewayAccount::name).orElse(id);
    }

    /**
     * The adapter of account {@code id} as {@code feature}, for new work: the account must be
     * switched on and offer it.
     */
    public <T> T channel(String id, Class<T> feature) {
        GatewayAdapter adapter = adapter(id).filter(GatewayAdapter::enabled).orElseThrow(() ->
                new IllegalArgumentException("The gateway account '" + id + "' is not configured or is switched off."));
        if (!feature.isInstance(adapter)) {
            throw new IllegalArgumentException(adapter.account().name() + " does not offer this.");
        }
        return feature.cast(adapter);
    }

    /**
     * The adapter of account {@code id} as {@code feature}, to follow up work already started
     * (status checks): switched off or not, as long as it is still configured.
     */
    public <T> Optional<T> existing(String id, Class<T> feature) {
        return adapter(id).filter(feature::isInstance).map(feature::cast);
    }

    private Optional<GatewayAdapter> adapter(String id) {
        return adapters.stream().filter(a -> a.account().id().equals(id)).findFirst();
    }
}
