package rw.paydesk.portal.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import rw.paydesk.core.identity.domain.Role;

/**
 * The roles PayDesk knows. Sign-in itself is {@link PortalAuthenticationMechanism} (our own
 * form page handing credentials to Jakarta Security) and {@link PaydeskIdentityStore}.
 */
@ApplicationScoped
@DeclareRoles({Role.ADMIN_NAME, Role.MAKER_NAME, Role.APPROVER_NAME, Role.VIEWER_NAME})
public class PortalSecurity {
}
