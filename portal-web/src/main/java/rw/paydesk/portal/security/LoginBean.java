package rw.paydesk.portal.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import rw.paydesk.core.identity.application.DemoUsers;
import rw.paydesk.core.identity.application.SignInResult;
import rw.paydesk.portal.shell.SignedInUser;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The sign-in form. */
@Named
@RequestScoped
public class LoginBean {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Africa/Kigali"));

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    ExternalContext external;

    @Inject
    SignedInUser signedInUser;

    private String username;
    private String password;

    public String signIn() throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        if (request.getUserPrincipal() != null) {
            // someone was still signed in in this browser: end that session before starting a new one
            request.logout();
            external.invalidateSession();
        }
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username, new Password(password == null ? "" : password))));
        password = null;
        SignInResult result = (SignInResult) request.getAttribute(PaydeskIdentityStore.RESULT);
        if (result != null && result.signedIn()) {
            // a fresh session id at every sign-in, against session fixation (the resume page stays)
            request.changeSessionId();
            signedInUser.signedIn(result.username(), result.fullName(), result.roles());
            external.getSessionMap().put(PasswordChangeGate.MUST_CHANGE, result.mustChangePassword());
        }
        if (status == AuthenticationStatus.SUCCESS && result != null) {
            String resume = PortalAuthenticationMechanism.takeResumePage(request);
            external.redirect(external.getRequestContextPath() + (result.mustChangePassword()
                    ? PasswordChangeGate.PASSWORD_PAGE : resume != null ? resume : "/dashboard.xhtml"));
        } else {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, failureMessage(result), null));
        }
        return null;
    }

    private static String failureMessage(SignInResult result) {
        if (result == null) {
            return "Sign-in failed.";
        }
        return switch (result.outcome()) {
            case LOCKED, LOCKED_NOW -> "Too many wrong passwords: this account is locked until "
                    + TIME.format(result.lockedUntil()) + " (Kigali time). An administrator can unlock it sooner.";
            case DISABLED -> "This account is disabled. Ask an administrator.";
            default -> "Wrong user name or password.";
        };
    }

    /** The public demo accounts, shown on the sign-in page in sandbox mode only. */
    public List<DemoUsers.DemoUser> getDemoUsers() {
        return DemoUsers.ALL;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
