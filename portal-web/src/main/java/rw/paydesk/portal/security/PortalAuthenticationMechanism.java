package rw.paydesk.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import rw.paydesk.core.identity.application.SessionRevocations;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * Form sign-in on our own page ({@code /login.xhtml}), with the signed-in identity kept in
 * the HTTP session and handed to the container, groups included, on every request.
 *
 * <p>Why not the built-in form mechanism with {@code @AutoApplySession}: on Payara 6 it
 * restores only the caller principal from the session, and under concurrent requests from
 * different users some requests lost their roles and were refused with 403. Passing the
 * groups explicitly on each request removes that dependency on container state.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Session attribute holding the {@link SessionIdentity}. */
    static final String IDENTITY = PortalAuthenticationMechanism.class.getName() + ".identity";
    /** Session attribute holding the page asked for before sign-in. */
    static final String RESUME = PortalAuthenticationMechanism.class.getName() + ".resume";
    static final String LOGIN_PAGE = "/login.xhtml";

    /** Who is signed in to a session, their groups (= roles), and since when. */
    record SessionIdentity(String caller, Set<String> groups, Instant signedInAt) implements Serializable {
    }

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SessionRevocations revocations;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                // the sign-in page itself says why; a 401 would add nothing for a person
                return AuthenticationStatus.SEND_FAILURE;
            }
            HttpSession session = request.getSession(true);
            session.setAttribute(IDENTITY, new SessionIdentity(result.getCallerPrincipal().getName(),
                    Set.copyOf(result.getCallerGroups()), Instant.now()));
            return context.notifyContainerAboutLogin(result.getCallerPrincipal().getName(), result.getCallerGroups());
        }
        HttpSession session = request.getSession(false);
        Object stored = session == null ? null : session.getAttribute(IDENTITY);
        if (stored instanceof SessionIdentity identity) {
            if (!revocations.isRevoked(identity.caller(), identity.signedInAt())) {
                return context.notifyContainerAboutLogin(identity.caller(), identity.groups());
            }
            // an administrator changed this user's rights since they signed in: sign in again
            session.invalidate();
        }
        if (context.isProtected()) {
            if ("GET".equals(request.getMethod())) {
                request.getSession(true).setAttribute(RESUME, requestedPage(request));
            }
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(IDENTITY);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    /** The page asked for before sign-in, to open after it; null if none. Read once. */
    static String takeResumePage(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Object page = session.getAttribute(RESUME);
        session.removeAttribute(RESUME);
        return page instanceof String s ? s : null;
    }

    private static String requestedPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
