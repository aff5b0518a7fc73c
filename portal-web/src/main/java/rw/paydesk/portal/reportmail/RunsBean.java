package rw.paydesk.portal.reportmail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import rw.paydesk.reporting.subscription.application.ReportHistory;

import java.util.List;

/** The run history of e-mailed reports: every run, its recipients, their status and errors, its files. */
@Named
@RequestScoped
public class RunsBean {

    @Inject
    ReportHistory history;

    private Long subscription;
    private List<ReportHistory.RunView> runs;

    public List<ReportHistory.RunView> getRuns() {
        if (runs == null) {
            runs = history.runs(subscription);
        }
        return runs;
    }

    public String getTransport() {
        return history.transport();
    }

    public Long getSubscription() {
        return subscription;
    }

    public void setSubscription(Long subscription) {
        this.subscription = subscription;
    }
}
