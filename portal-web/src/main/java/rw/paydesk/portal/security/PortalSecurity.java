package rw.paydesk.portal.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import rw.paydesk.core.identity.domain.Role;

/**
 * Form sign-in on our own Faces page ({@code /login.xhtml}), which hands the credentials to
 * Jakarta Security; {@link PaydeskIdentityStore} checks them. A request for a protected page
 * is redirected to the sign-in page and resumed afterwards.
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
@DeclareRoles({Role.ADMIN_NAME, Role.MAKER_NAME, Role.APPROVER_NAME, Role.VIEWER_NAME})
public class PortalSecurity {
}
