package rw.paydesk.reporting.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.activation.DataHandler;

import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Hands a report mail to the configured SMTP server, one recipient per mail. */
@ApplicationScoped
public class MailSender {

    private static final Pattern REPLY_CODE = Pattern.compile("(?<![0-9])([245])[0-9]{2}(?![0-9])");

    @Inject
    MailSettings settings;

    /**
     * Sends the mail, or says why not.
     *
     * @throws DeliveryFailure permanent when the server refused the address, else retryable
     */
    public void send(OutgoingMail mail) throws DeliveryFailure {
        Session session = settings.session();
        MimeMessage message;
        try {
            message = message(session, settings.from(), mail);
        } catch (AddressException e) {
            throw new DeliveryFailure("Not an address the mail library accepts: " + mail.recipient() + " (" + e.getMessage() + ")",
                    true, e);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new DeliveryFailure("The mail could not be put together: " + e.getMessage(), false, e);
        }
        try {
            if (settings.user().isPresent()) {
                Transport.send(message, settings.user().get(), settings.password());
            } else {
                Transport.send(message);
            }
        } catch (AuthenticationFailedException e) {
            throw new DeliveryFailure("The SMTP server " + settings.server() + " refused PayDesk's sign-in; check "
                    + "paydesk.mail.smtp.user and the password.", false, e);
        } catch (SendFailedException e) {
            Address[] invalid = e.getInvalidAddresses();
            String reply = serverReply(e);
            boolean refusedForGood = invalid != null && invalid.length > 0 && !reply.startsWith("4");
            throw new DeliveryFailure((refusedForGood ? "The mail server refused the address " + mail.recipient()
                    : "The mail server did not take the mail") + ": " + reply, refusedForGood, e);
        } catch (MessagingException e) {
            throw new DeliveryFailure("Could not send through " + settings.server() + ": " + serverReply(e), false, e);
        }
    }

    /** The innermost message, which holds the server's own words ("550 5.1.1 …") or the network error. */
    static String serverReply(Exception e) {
        Throwable t = e;
        String best = e.getMessage();
        while (t != null) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                best = t.getMessage();
                Matcher m = REPLY_CODE.matcher(best);
                if (m.find() && !(t instanceof SendFailedException && t.getCause() != null)) {
                    break;
                }
            }
            Throwable next = t instanceof MessagingException me && me.getNextException() != null ? me.getNextException()
                    : t.getCause();
            t = next == t ? null : next;
        }
        String oneLine = String.valueOf(best).replaceAll("\\s+", " ").trim();
        return oneLine.length() > 500 ? oneLine.substring(0, 500) + "…" : oneLine;
    }

    static MimeMessage message(Session session, String from, OutgoingMail mail)
            throws MessagingException, UnsupportedEncodingException {
        InternetAddress to = new InternetAddress(mail.recipient(), true);
        to.validate();
        MimeMessage message = new FixedIdMessage(session, mail.messageId());
        message.setFrom(new InternetAddress(from, true));
        message.setRecipient(MimeMessage.RecipientType.TO, to);
        message.setSubject(mail.subject(), "UTF-8");
        message.setSentDate(new Date());
        MimeMultipart parts = new MimeMultipart("mixed");
        MimeBodyPart body = new MimeBodyPart();
        body.setText(mail.htmlBody(), "UTF-8", "html");
        parts.addBodyPart(body);
        for (OutgoingMail.File file : mail.files()) {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(file.content(), file.contentType())));
            part.setFileName(file.name());
            part.setDisposition(MimeBodyPart.ATTACHMENT);
            parts.addBodyPart(part);
        }
        message.setContent(parts);
        message.saveChanges();
        return message;
    }

    /** Keeps the delivery's Message-ID on every try, so a mail sent twice reads as one. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String id;

        FixedIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
