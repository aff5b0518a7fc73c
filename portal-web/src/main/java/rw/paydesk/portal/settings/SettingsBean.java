package rw.paydesk.portal.settings;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The settings page: the effective configuration, read-only. */
@Named
@RequestScoped
public class SettingsBean {

    @Inject
    ConfigurationOverview overview;

    private List<ConfigurationOverview.Setting> settings;

    public List<ConfigurationOverview.Setting> getSettings() {
        if (settings == null) {
            settings = overview.settings();
        }
        return settings;
    }
}
