package rw.paydesk.system;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real SMTP server (GreenMail) in the test's JVM, on a free port, that can be stopped and
 * started again on the same port (a mail server that is down) and that refuses chosen
 * mailboxes with {@code 550 5.1.1}, as a real one refuses an address it does not know.
 */
final class SmtpCatcher implements AutoCloseable {

    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private final GreenMail greenMail;
    private final int port;
    private boolean running;

    SmtpCatcher() {
        port = rw.paydesk.testsupport.PayaraMicroProcess.freePort();
        greenMail = new RefusingGreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP), refused);
        start();
    }

    int port() {
        return port;
    }

    /** Answers {@code 550} to RCPT TO for this address from now on. */
    void refuse(String address) {
        refused.add(address.toLowerCase(Locale.ROOT));
    }

    void start() {
        greenMail.start();
        running = true;
    }

    /** The server goes away: connections to its port are refused. */
    void stop() {
        greenMail.stop();
        running = false;
    }

    /** Every mail received so far, to anyone. */
    List<MimeMessage> received() {
        return Arrays.asList(greenMail.getReceivedMessages());
    }

    /** The mails received for one address. */
    List<MimeMessage> receivedBy(String address) {
        return received().stream().filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Override
    public void close() {
        if (running) {
            greenMail.stop();
        }
    }

    /**
     * GreenMail whose SMTP side asks {@link #refused} before taking a recipient. GreenMail's
     * {@code stop()} starts over with new managers (and no mail); this one keeps its own, so the
     * mails received before a stop, and the refusals, survive it.
     */
    private static final class RefusingGreenMail extends GreenMail {
        private final Managers own;

        RefusingGreenMail(ServerSetup setup, Set<String> refused) {
            super(setup);
            own = new RefusingManagers(refused);
            this.managers = own;
        }

        @Override
        public synchronized void stop() {
            super.stop();
            this.managers = own;
        }
    }

    private static final class RefusingManagers extends Managers {
        private final SmtpManager smtp;

        RefusingManagers(Set<String> refused) {
            smtp = new SmtpManager(getImapHostManager(), getUserManager()) {
                @Override
                public String checkRecipient(SmtpState state, MailAddress address) {
                    return refused.contains(address.getEmail().toLowerCase(Locale.ROOT))
                            ? "550 5.1.1 <" + address.getEmail() + ">: Recipient address rejected: mailbox unavailable"
                            : super.checkRecipient(state, address);
                }
            };
        }

        @Override
        public SmtpManager getSmtpManager() {
            return smtp;
        }
    }
}
