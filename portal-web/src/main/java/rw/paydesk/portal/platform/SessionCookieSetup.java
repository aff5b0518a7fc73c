package rw.paydesk.portal.platform;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;

/**
 * The session cookie: HttpOnly and SameSite=Strict always (web.xml, glassfish-web.xml); Secure when PayDesk is served
 * over HTTPS (behind a TLS-terminating proxy this must be said by configuration, since the
 * server itself only sees HTTP). Sessions end after the configured idle time.
 */
@WebListener
public class SessionCookieSetup implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Config config = ConfigProvider.getConfig();
        ServletContext context = event.getServletContext();
        SessionCookieConfig cookie = context.getSessionCookieConfig();
        // name, HttpOnly and SameSite=Strict are fixed in web.xml; only Secure depends on the deployment
        cookie.setSecure(config.getOptionalValue("paydesk.session.secure-cookie", Boolean.class).orElse(false));
        Duration idle = Duration.parse(config.getOptionalValue("paydesk.session.idle-timeout", String.class)
                .orElse("PT30M"));
        context.setSessionTimeout((int) Math.max(1, idle.toMinutes()));
    }
}
