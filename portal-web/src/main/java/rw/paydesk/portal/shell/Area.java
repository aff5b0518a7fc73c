package rw.paydesk.portal.shell;

import rw.paydesk.core.identity.domain.Role;

import java.util.EnumSet;
import java.util.Set;

import static rw.paydesk.core.identity.domain.Role.ADMIN;
import static rw.paydesk.core.identity.domain.Role.APPROVER;
import static rw.paydesk.core.identity.domain.Role.MAKER;
import static rw.paydesk.core.identity.domain.Role.VIEWER;

/**
 * The areas of the portal, in menu order, with the roles that may enter each. The same
 * roles guard the area's URLs in {@code web.xml} (checked by a test), so the menu never
 * offers what the server would refuse.
 */
public enum Area {
    DASHBOARD("Dashboard", "/dashboard.xhtml", "pi pi-home", EnumSet.allOf(Role.class)),
    PAYMENT_LINKS("Payment links", "/links/index.xhtml", "pi pi-link", EnumSet.of(MAKER, APPROVER, VIEWER)),
    COLLECTIONS("Collections", "/collections/index.xhtml", "pi pi-download", EnumSet.of(MAKER, APPROVER, VIEWER)),
    PAYOUTS("Payouts", "/payouts/index.xhtml", "pi pi-send", EnumSet.of(MAKER, APPROVER, VIEWER)),
    BULK_PAYOUTS("Bulk payouts", "/payouts/bulk/index.xhtml", "pi pi-file-import", EnumSet.of(MAKER, APPROVER, VIEWER)),
    BALANCES("Balances", "/balances/index.xhtml", "pi pi-wallet", EnumSet.of(MAKER, APPROVER, VIEWER)),
    WITHDRAWALS("Withdrawals", "/withdrawals/index.xhtml", "pi pi-money-bill", EnumSet.of(APPROVER, VIEWER)),
    FX_QUOTES("FX quotes", "/fx/index.xhtml", "pi pi-arrow-right-arrow-left", EnumSet.of(MAKER, APPROVER, VIEWER)),
    TRANSACTIONS("Transactions", "/transactions/index.xhtml", "pi pi-list", EnumSet.of(MAKER, APPROVER, VIEWER)),
    RECONCILIATION("Reconciliation", "/reconciliation/index.xhtml", "pi pi-check-square", EnumSet.of(APPROVER, VIEWER)),
    REPORTS("Reports", "/reports/index.xhtml", "pi pi-chart-bar", EnumSet.allOf(Role.class)),
    SETTINGS("Settings", "/settings/index.xhtml", "pi pi-cog", EnumSet.of(ADMIN)),
    USERS("Users", "/admin/users.xhtml", "pi pi-users", EnumSet.of(ADMIN)),
    SCHEDULED_REPORTS("Scheduled reports", "/admin/reports/index.xhtml", "pi pi-envelope", EnumSet.of(ADMIN)),
    AUDIT_LOG("Audit log", "/admin/audit.xhtml", "pi pi-history", EnumSet.of(ADMIN)),
    WEBHOOKS("Webhook log", "/admin/webhooks.xhtml", "pi pi-inbox", EnumSet.of(ADMIN));

    private final String label;
    private final String path;
    private final String icon;
    private final Set<Role> roles;

    Area(String label, String path, String icon, Set<Role> roles) {
        this.label = label;
        this.path = path;
        this.icon = icon;
        this.roles = roles;
    }

    public String label() {
        return label;
    }

    /** The area's entry page, relative to the context root. */
    public String path() {
        return path;
    }

    public String icon() {
        return icon;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    /** Whether a page belongs to this area: any page of its folder, or its one page. */
    public boolean contains(String servletPath) {
        String index = "index.xhtml";
        return path.endsWith("/" + index)
                ? servletPath.startsWith(path.substring(0, path.length() - index.length()))
                : servletPath.equals(path);
    }

    public boolean isOpenTo(Set<Role> userRoles) {
        return userRoles.stream().anyMatch(roles::contains);
    }

    /** Faces-friendly getters (EL reads properties). */
    public String getLabel() {
        return label;
    }

    public String getPath() {
        return path;
    }

    public String getIcon() {
        return icon;
    }
}
