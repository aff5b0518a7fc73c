package rw.paydesk.portal.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import rw.paydesk.core.identity.application.OwnAccount;
import rw.paydesk.core.identity.application.SignInService;
import rw.paydesk.core.identity.domain.Role;
import rw.paydesk.core.identity.domain.UserAccount;
import rw.paydesk.core.platform.GatewayEnvironment;
import rw.paydesk.core.platform.PaydeskSettings;
import rw.paydesk.payouts.batch.application.BatchQueries;
import rw.paydesk.payouts.beneficiary.application.BeneficiaryService;
import rw.paydesk.payouts.request.application.PayoutQueries;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** The frame around every page: header, environment badge, menu, sign-out. */
@Named("shell")
@RequestScoped
public class ShellBean {

    @Inject
    SignedInUser user;

    @Inject
    SecurityContext security;

    @Inject
    OwnAccount ownAccount;

    @Inject
    SignInService signIn;

    @Inject
    PaydeskSettings settings;

    @Inject
    ExternalContext external;

    @Inject
    PayoutQueries payoutQueries;

    @Inject
    BeneficiaryService beneficiaries;

    private List<Area> menu;
    private Long approvals;
    private Long batchApprovals;

    @Inject
    BatchQueries batches;

    public SignedInUser getUser() {
        if (!user.isPresent() && security.getCallerPrincipal() != null) {
            // a session that was authenticated without our sign-in page (e.g. restored after a restart)
            UserAccount me = ownAccount.me();
            user.signedIn(me.username(), me.fullName(), me.roles());
        }
        return user;
    }

    /** The areas this user may enter, in menu order. */
    public List<Area> getMenu() {
        if (menu == null) {
            menu = Arrays.stream(Area.values()).filter(a -> a.isOpenTo(getUser().roles())).toList();
        }
        return menu;
    }

    /**
     * What waits for this user in an area, for the menu's badge: payouts and beneficiaries,
     * and bulk batches, to approve for approvers; 0 elsewhere.
     */
    public long count(Area area) {
        if (!getUser().roles().contains(Role.APPROVER)) {
            return 0;
        }
        if (area == Area.PAYOUTS) {
            if (approvals == null) {
                approvals = payoutQueries.awaitingApprovalCount() + beneficiaries.waitingForApproval();
            }
            return approvals;
        }
        if (area == Area.BULK_PAYOUTS) {
            if (batchApprovals == null) {
                batchApprovals = batches.awaitingApprovalCount();
            }
            return batchApprovals;
        }
        return 0;
    }

    /** The area of the page shown; where two contain it (a sub-folder), the one with the longer path. */
    public boolean isActive(Area area) {
        String page = external.getRequestServletPath();
        return area.contains(page) && Arrays.stream(Area.values())
                .noneMatch(other -> other.contains(page) && other.path().length() > area.path().length());
    }

    public boolean isSandbox() {
        return settings.environment() == GatewayEnvironment.SANDBOX;
    }

    public String getEnvironment() {
        return settings.environment().name();
    }

    public String signOut() throws ServletException, IOException {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String name = security.getCallerPrincipal() == null ? null : security.getCallerPrincipal().getName();
        if (name != null) {
            signIn.signedOut(name);
        }
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
        return null;
    }
}
