package rw.paydesk.reporting.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/**
 * The SMTP server reports are sent through, from MicroProfile Config. With no host (the
 * embedded default) mails are kept in PayDesk's outbox instead. The password is only handed
 * to the mail transport, never logged or shown.
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "paydesk.mail.smtp.host", defaultValue = "")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "paydesk.mail.smtp.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "paydesk.mail.smtp.user", defaultValue = "")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "paydesk.mail.smtp.password", defaultValue = "")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "paydesk.mail.smtp.starttls", defaultValue = "true")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "paydesk.mail.smtp.timeout", defaultValue = "PT30S")
    Duration timeout;

    @Inject
    @ConfigProperty(name = "paydesk.mail.from", defaultValue = "PayDesk <paydesk@localhost>")
    String from;

    /** Whether mails go to an SMTP server; otherwise to the outbox. */
    public boolean smtpConfigured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public String from() {
        return from;
    }

    /** "smtp.example.com:587" for messages to people; never the credentials. */
    public String server() {
        return host.orElse("") + ":" + port;
    }

    Optional<String> user() {
        return user.filter(u -> !u.isBlank());
    }

    String password() {
        return password.orElse("");
    }

    /** A mail session for the configured server: STARTTLS when asked for, time-outs on every step. */
    Session session() {
        Properties p = new Properties();
        p.setProperty("mail.transport.protocol", "smtp");
        p.setProperty("mail.smtp.host", host.orElseThrow().trim());
        p.setProperty("mail.smtp.port", Integer.toString(port));
        p.setProperty("mail.smtp.auth", Boolean.toString(user().isPresent()));
        p.setProperty("mail.smtp.starttls.enable", Boolean.toString(starttls));
        p.setProperty("mail.smtp.starttls.required", Boolean.toString(starttls));
        String millis = Long.toString(timeout.toMillis());
        p.setProperty("mail.smtp.connectiontimeout", millis);
        p.setProperty("mail.smtp.timeout", millis);
        p.setProperty("mail.smtp.writetimeout", millis);
        // one recipient per mail: a refused address is a failure of that delivery alone
        p.setProperty("mail.smtp.sendpartial", "false");
        return Session.getInstance(p);
    }
}
