package rw.paydesk.portal.settings;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import rw.paydesk.core.gateway.Capability;
import rw.paydesk.core.gateway.GatewayAccount;
import rw.paydesk.core.gateway.GatewayAccounts;

import java.util.List;

/** The settings page: the gateway accounts and the effective configuration, read-only. */
@Named
@RequestScoped
public class SettingsBean {

    @Inject
    ConfigurationOverview overview;

    @Inject
    GatewayAccounts gateways;

    private List<ConfigurationOverview.Setting> settings;

    /** Every configured gateway account, its key masked. */
    public List<GatewayAccount> getGateways() {
        return gateways.all();
    }

    public boolean enabled(GatewayAccount account) {
        return gateways.isEnabled(account.id());
    }

    public String capabilities(GatewayAccount account) {
        return account.capabilities().stream().sorted().map(Capability::label)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    public List<ConfigurationOverview.Setting> getSettings() {
        if (settings == null) {
            settings = overview.settings();
        }
        return settings;
    }
}
