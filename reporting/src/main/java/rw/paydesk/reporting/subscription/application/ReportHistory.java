package rw.paydesk.reporting.subscription.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import rw.paydesk.core.identity.domain.Role;
import rw.paydesk.reporting.mail.MailSettings;
import rw.paydesk.reporting.subscription.domain.ReportAttachment;
import rw.paydesk.reporting.subscription.domain.ReportDelivery;
import rw.paydesk.reporting.subscription.domain.ReportRun;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What administrators read about e-mailed reports: every run with its recipients, their
 * status and errors, and the files; and the outbox, where mails are kept when no SMTP server
 * is configured.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ReportHistory {

    public static final int MAX_ROWS = 500;

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    @Inject
    MailSettings mail;

    /** A run with its deliveries and files (the files' bytes are not read). */
    public record RunView(ReportRun run, List<ReportDelivery> deliveries, List<FileView> files) {
    }

    /** An attached file, without its content. */
    public record FileView(long id, String name, long sizeBytes, String sha256) {
    }

    /** An outbox mail: one delivery that went to the outbox. */
    public record OutboxMail(ReportDelivery delivery, ReportRun run, List<FileView> files) {
    }

    /** Whether mails go to an SMTP server (else to the outbox), and which one. */
    public String transport() {
        return mail.smtpConfigured() ? "SMTP server " + mail.server() : "Outbox (no SMTP server configured)";
    }

    public boolean smtpConfigured() {
        return mail.smtpConfigured();
    }

    /** The newest runs first, of one subscription or all (null). */
    public List<RunView> runs(Long subscriptionId) {
        jakarta.persistence.TypedQuery<ReportRun> query = subscriptionId == null
                ? em.createQuery("select r from ReportRun r order by r.createdAt desc, r.id desc", ReportRun.class)
                : em.createQuery("select r from ReportRun r where r.subscriptionId = :sub order by r.createdAt desc, r.id desc",
                ReportRun.class).setParameter("sub", subscriptionId);
        List<ReportRun> found = query.setMaxResults(MAX_ROWS).getResultList();
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> ids = found.stream().map(ReportRun::id).toList();
        Map<Long, List<ReportDelivery>> deliveries = em.createQuery(
                        "select d from ReportDelivery d where d.runId in :runs order by d.id", ReportDelivery.class)
                .setParameter("runs", ids).getResultList().stream()
                .collect(Collectors.groupingBy(ReportDelivery::runId));
        Map<Long, List<FileView>> files = files(ids);
        return found.stream().map(r -> new RunView(r, deliveries.getOrDefault(r.id(), List.of()),
                files.getOrDefault(r.id(), List.of()))).toList();
    }

    /** Mails kept in the outbox, newest first. */
    public List<OutboxMail> outbox() {
        List<ReportDelivery> kept = em.createQuery("select d from ReportDelivery d where d.transport = :outbox "
                        + "order by d.sentAt desc, d.id desc", ReportDelivery.class)
                .setParameter("outbox", ReportDelivery.Transport.OUTBOX)
                .setMaxResults(MAX_ROWS).getResultList();
        if (kept.isEmpty()) {
            return List.of();
        }
        List<Long> runIds = kept.stream().map(ReportDelivery::runId).distinct().toList();
        Map<Long, ReportRun> runs = em.createQuery("select r from ReportRun r where r.id in :ids", ReportRun.class)
                .setParameter("ids", runIds).getResultList().stream().collect(Collectors.toMap(ReportRun::id, r -> r));
        Map<Long, List<FileView>> files = files(runIds);
        return kept.stream().map(d -> new OutboxMail(d, runs.get(d.runId()), files.getOrDefault(d.runId(), List.of())))
                .toList();
    }

    /** One outbox mail, with its body. */
    public Optional<OutboxMail> outboxMail(long deliveryId) {
        ReportDelivery d = em.find(ReportDelivery.class, deliveryId);
        if (d == null || d.transport() != ReportDelivery.Transport.OUTBOX) {
            return Optional.empty();
        }
        return Optional.of(new OutboxMail(d, em.find(ReportRun.class, d.runId()),
                files(List.of(d.runId())).getOrDefault(d.runId(), List.of())));
    }

    /** A run's file, content included. */
    public Optional<ReportAttachment> file(long attachmentId) {
        return Optional.ofNullable(em.find(ReportAttachment.class, attachmentId));
    }

    private Map<Long, List<FileView>> files(List<Long> runIds) {
        return em.createQuery("select a.id, a.runId, a.fileName, a.sizeBytes, a.sha256 from ReportAttachment a "
                        + "where a.runId in :runs order by a.id", Object[].class)
                .setParameter("runs", runIds).getResultList().stream()
                .collect(Collectors.groupingBy(r -> (Long) r[1], Collectors.mapping(
                        r -> new FileView((Long) r[0], (String) r[2], ((Number) r[3]).longValue(), (String) r[4]),
                        Collectors.toList())));
    }
}
