package rw.paydesk.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * A user signed in with a temporary password (new account, or reset by an administrator)
 * may do nothing but choose their own password, and sign out.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class PasswordChangeGate extends HttpFilter {

    /** Session attribute set at sign-in while the password must be changed. */
    public static final String MUST_CHANGE = PasswordChangeGate.class.getName() + ".mustChange";
    public static final String PASSWORD_PAGE = "/account/password.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        String path = request.getServletPath();
        boolean mustChange = session != null && Boolean.TRUE.equals(session.getAttribute(MUST_CHANGE));
        if (mustChange && !path.equals(PASSWORD_PAGE) && !path.equals("/login.xhtml")
                && !path.startsWith("/jakarta.faces.resource")) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
