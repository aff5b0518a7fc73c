package rw.paydesk.portal.reportmail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import rw.paydesk.reporting.subscription.application.ReportHistory;

import java.util.List;
import java.util.Optional;

/** The outbox: report mails kept in PayDesk because no SMTP server is configured, and one of them opened. */
@Named
@RequestScoped
public class OutboxBean {

    @Inject
    ReportHistory history;

    private Long id;
    private List<ReportHistory.OutboxMail> mails;
    private Optional<ReportHistory.OutboxMail> mail;

    public List<ReportHistory.OutboxMail> getMails() {
        if (mails == null) {
            mails = history.outbox();
        }
        return mails;
    }

    public ReportHistory.OutboxMail getMail() {
        if (mail == null) {
            mail = id == null ? Optional.empty() : history.outboxMail(id);
        }
        return mail.orElse(null);
    }

    public boolean isSmtpConfigured() {
        return history.smtpConfigured();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
