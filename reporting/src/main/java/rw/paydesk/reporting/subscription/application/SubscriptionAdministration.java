package rw.paydesk.reporting.subscription.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import rw.paydesk.core.audit.application.AuditTrail;
import rw.paydesk.core.audit.domain.AuditAction;
import rw.paydesk.core.identity.domain.Role;
import rw.paydesk.reporting.period.domain.ReportPeriod;
import rw.paydesk.reporting.render.ReportFormat;
import rw.paydesk.reporting.report.domain.ReportKind;
import rw.paydesk.reporting.subscription.domain.Recipients;
import rw.paydesk.reporting.subscription.domain.ReportSubscription;
import rw.paydesk.reporting.subscription.domain.Schedule;
import rw.paydesk.reporting.subscription.domain.SubscriptionException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What administrators do with e-mailed reports: subscribe addresses to a report on a schedule,
 * change, pause, resume or remove a subscription, and send one now. Every change is audited.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class SubscriptionAdministration {

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    @Inject
    ReportRuns runs;

    @Inject
    ReportScheduler scheduler;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** What the form holds; the text fields exactly as typed. */
    public record Form(ReportKind kind, Schedule schedule, Set<ReportFormat> formats, String recipients) {
    }

    public List<ReportSubscription> list() {
        return em.createQuery("select s from ReportSubscription s order by s.active desc, s.id", ReportSubscription.class)
                .getResultList();
    }

    public ReportSubscription find(long id) {
        ReportSubscription s = em.find(ReportSubscription.class, id);
        if (s == null) {
            throw new SubscriptionException("There is no subscription " + id + ".");
        }
        return s;
    }

    public ReportSubscription subscribe(Form form) {
        List<String> recipients = recipients(form);
        ReportSubscription s = ReportSubscription.create(form.kind(), form.schedule(), form.formats(), recipients,
                caller(), clock.instant());
        em.persist(s);
        em.flush();
        audit.record(AuditAction.REPORT_SUBSCRIBED, "subscription " + s.id(), describe(s));
        return s;
    }

    public ReportSubscription change(long id, long version, Form form) {
        ReportSubscription s = current(id, version);
        s.change(form.kind(), form.schedule(), form.formats(), recipients(form), caller(), clock.instant());
        audit.record(AuditAction.REPORT_SUBSCRIPTION_CHANGED, "subscription " + id, describe(s));
        return s;
    }

    public void pause(long id, long version) {
        ReportSubscription s = current(id, version);
        s.pause(caller(), clock.instant());
        audit.record(AuditAction.REPORT_SUBSCRIPTION_PAUSED, "subscription " + id, describe(s));
    }

    public void resume(long id, long version) {
        ReportSubscription s = current(id, version);
        s.resume(caller(), clock.instant());
        audit.record(AuditAction.REPORT_SUBSCRIPTION_RESUMED, "subscription " + id, describe(s));
    }

    /**
     * Sends the subscription's report for its last complete period now, to all its recipients,
     * apart from the schedule (which still sends that period at its own time).
     *
     * @return the period sent
     */
    public ReportPeriod sendNow(long id) {
        ReportSubscription s = find(id);
        Instant now = clock.instant();
        ReportPeriod period = s.schedule().periodAt(now);
        runs.start(s.id(), period, null, caller(), now);
        audit.record(AuditAction.REPORT_SENT_BY_HAND, "subscription " + id, describe(s) + "; period " + period.label());
        scheduler.soon();
        return period;
    }

    private ReportSubscription current(long id, long version) {
        ReportSubscription s = find(id);
        if (s.version() != version) {
            throw new SubscriptionException("Someone changed this subscription meanwhile; look at it again.");
        }
        return s;
    }

    private static List<String> recipients(Form form) {
        if (form.kind() == null) {
            throw new SubscriptionException("Choose a report.");
        }
        try {
            return Recipients.parse(form.recipients());
        } catch (IllegalArgumentException e) {
            throw new SubscriptionException(e.getMessage());
        }
    }

    private static String describe(ReportSubscription s) {
        return s.reportKind().label() + ", " + s.schedule().describe() + ", " + s.formats() + " to "
                + String.join(", ", s.recipients()) + (s.active() ? "" : " (paused)");
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
