package rw.paydesk.reporting.mail;

import java.util.List;

/**
 * One mail ready to go: to one recipient, with the run's subject, body and files.
 *
 * @param messageId the delivery's own Message-ID, the same on every try
 */
public record OutgoingMail(String recipient, String subject, String htmlBody, String messageId, List<File> files) {

    public OutgoingMail {
        files = List.copyOf(files);
    }

    /** An attached file. */
    public record File(String name, String contentType, byte[] content) {
    }
}
