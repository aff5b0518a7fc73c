package rw.paydesk.reporting.subscription.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import rw.paydesk.reporting.mail.OutgoingMail;
import rw.paydesk.reporting.mail.ReportMail;
import rw.paydesk.reporting.period.domain.ReportPeriod;
import rw.paydesk.reporting.render.ReportFiles;
import rw.paydesk.reporting.render.ReportFormat;
import rw.paydesk.reporting.report.application.ReportBuilder;
import rw.paydesk.reporting.report.domain.Report;
import rw.paydesk.reporting.subscription.domain.DeliveryStatus;
import rw.paydesk.reporting.subscription.domain.ReportAttachment;
import rw.paydesk.reporting.subscription.domain.ReportDelivery;
import rw.paydesk.reporting.subscription.domain.ReportRun;
import rw.paydesk.reporting.subscription.domain.ReportSubscription;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The committed steps of sending reports, each in a transaction of its own: start a run (the
 * report built, its files rendered and stored with their SHA-256, one delivery per recipient),
 * claim a delivery, note how it went. Called by the schedule and by administrators' services,
 * which check the roles; nothing here is reachable from a page.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReportRuns {

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    @Inject
    ReportSettings settings;

    @Inject
    Clock clock;

    /** Active subscriptions, for the schedule. */
    public List<ReportSubscription> active() {
        return em.createQuery("select s from ReportSubscription s where s.active = true order by s.id", ReportSubscription.class)
                .getResultList();
    }

    /** Whether the run for this key exists (the database enforces it too). */
    public boolean exists(String scheduleKey) {
        return !em.createQuery("select r.id from ReportRun r where r.scheduleKey = :key", Long.class)
                .setParameter("key", scheduleKey).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * Starts the run of a subscription for a period: builds the report, renders its files,
     * composes the mail and lines up one delivery per recipient, all in one commit.
     *
     * @param scheduleKey null for a run asked for by hand
     * @return the run, or empty when a run with that key exists already
     */
    public Optional<Long> start(long subscriptionId, ReportPeriod period, String scheduleKey, String triggeredBy,
                                Instant due) {
        if (scheduleKey != null && exists(scheduleKey)) {
            return Optional.empty();
        }
        ReportSubscription subscription = em.find(ReportSubscription.class, subscriptionId);
        Instant now = clock.instant();
        Report report = ReportBuilder.build(em, subscription.reportKind(), period, now);
        List<ReportAttachment> files = new ArrayList<>();
        for (ReportFormat format : subscription.formats()) {
            files.add(ReportAttachment.of(null, ReportFiles.fileName(report, format), format.contentType(),
                    ReportFiles.render(report, format)));
        }
        String how = ReportRun.SCHEDULE.equals(triggeredBy) ? subscription.schedule().describe() + " (Kigali time)"
                : "sent by hand by " + triggeredBy;
        ReportRun run = ReportRun.start(subscription, period, scheduleKey, triggeredBy, due, now,
                ReportMail.subject(report), ReportMail.body(report, files, how));
        em.persist(run);
        em.flush();
        for (ReportAttachment f : files) {
            em.persist(ReportAttachment.of(run.id(), f.fileName(), f.contentType(), f.content()));
        }
        for (String recipient : subscription.recipients()) {
            em.persist(ReportDelivery.of(run.id(), recipient, messageId(run.id()), now));
        }
        return Optional.of(run.id());
    }

    private static String messageId(long runId) {
        return "<report-run-" + runId + "." + UUID.randomUUID() + "@paydesk>";
    }

    /** The deliveries whose try is due now, oldest first. */
    public List<Long> due(Instant now, int max) {
        Instant staleBefore = now.minus(settings.sendingStaleAfter());
        return em.createQuery("select d.id from ReportDelivery d where "
                        + "(d.status in :waiting and (d.nextAttemptAt is null or d.nextAttemptAt <= :now)) "
                        + "or (d.status = :sending and d.lastAttemptAt < :stale) order by d.id", Long.class)
                .setParameter("waiting", List.of(DeliveryStatus.PENDING, DeliveryStatus.RETRYING))
                .setParameter("now", now)
                .setParameter("sending", DeliveryStatus.SENDING)
                .setParameter("stale", staleBefore)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Claims a due delivery for one try (SENDING, committed; the optimistic lock lets only one
     * caller win) and answers the mail to send; empty when it is not due any more.
     */
    public Optional<OutgoingMail> claim(long deliveryId) {
        Instant now = clock.instant();
        ReportDelivery d = em.find(ReportDelivery.class, deliveryId);
        if (d == null || !d.due(now, now.minus(settings.sendingStaleAfter()))) {
            return Optional.empty();
        }
        d.claim(now);
        ReportRun run = em.find(ReportRun.class, d.runId());
        List<OutgoingMail.File> files = attachments(run.id()).stream()
                .map(a -> new OutgoingMail.File(a.fileName(), a.contentType(), a.content())).toList();
        em.flush();
        return Optional.of(new OutgoingMail(d.recipient(), run.subject(), run.htmlBody(), d.messageId(), files));
    }

    public List<ReportAttachment> attachments(long runId) {
        return em.createQuery("select a from ReportAttachment a where a.runId = :run order by a.id", ReportAttachment.class)
                .setParameter("run", runId).getResultList();
    }

    /** The mail went out (or into the outbox). */
    public void sent(long deliveryId, ReportDelivery.Transport via) {
        ReportDelivery d = em.find(ReportDelivery.class, deliveryId);
        d.sent(via, clock.instant());
        settle(d.runId(), null);
    }

    /** The try failed: retried later, or failed for good. */
    public void failed(long deliveryId, String why, boolean permanent) {
        ReportDelivery d = em.find(ReportDelivery.class, deliveryId);
        d.failed(why, permanent, settings.retryDelays(), clock.instant());
        settle(d.runId(), d.recipient() + ": " + why);
    }

    private void settle(long runId, String error) {
        ReportRun run = em.find(ReportRun.class, runId);
        List<DeliveryStatus> states = em.createQuery("select d.status from ReportDelivery d where d.runId = :run",
                DeliveryStatus.class).setParameter("run", runId).getResultList();
        run.settle(states, error, clock.instant());
    }
}
