package rw.paydesk.reporting.subscription.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import rw.paydesk.reporting.period.domain.ReportPeriod;
import rw.paydesk.reporting.report.domain.ReportKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;

/**
 * One sending of a subscribed report for one period: the mail (subject and HTML body) and its
 * files are made once, when the run starts, so every recipient and every retry gets the same
 * bytes. A scheduled run carries its subscription's key for the period, which the database
 * keeps unique: a period is sent once, whichever node or restart gets there first.
 */
@Entity
@Table(name = "report_run")
public class ReportRun {

    /** Who triggers the runs the schedule makes. */
    public static final String SCHEDULE = "schedule";
    public static final int BODY_MAX = 1_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subscription_id", nullable = false, updatable = false)
    private Long subscriptionId;

    @Column(name = "schedule_key", updatable = false, length = 80)
    private String scheduleKey;

    @Column(name = "triggered_by", nullable = false, updatable = false, length = 64)
    private String triggeredBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "report_kind", nullable = false, updatable = false, length = 20)
    private ReportKind reportKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind", nullable = false, updatable = false, length = 10)
    private ReportPeriod.Kind periodKind;

    @Column(name = "period_first", nullable = false, updatable = false)
    private LocalDate periodFirst;

    @Column(name = "period_last", nullable = false, updatable = false)
    private LocalDate periodLast;

    @Column(name = "period_label", nullable = false, updatable = false, length = 100)
    private String periodLabel;

    @Column(name = "due_at", nullable = false, updatable = false)
    private Instant dueAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private RunStatus status;

    @Column(nullable = false, updatable = false, length = 300)
    private String subject;

    @Column(name = "html_body", nullable = false, updatable = false, length = BODY_MAX)
    private String htmlBody;

    @Column(length = 1000)
    private String error;

    @Version
    private long version;

    protected ReportRun() {
        // JPA
    }

    /**
     * A run about to be sent.
     *
     * @param scheduleKey the subscription's key for the period when the schedule made the run;
     *                    null for a run asked for by hand
     */
    public static ReportRun start(ReportSubscription subscription, ReportPeriod period, String scheduleKey,
                                  String triggeredBy, Instant due, Instant now, String subject, String htmlBody) {
        ReportRun r = new ReportRun();
        r.subscriptionId = Objects.requireNonNull(subscription.id(), "a saved subscription");
        r.scheduleKey = scheduleKey;
        r.triggeredBy = triggeredBy;
        r.reportKind = subscription.reportKind();
        r.periodKind = period.kind();
        r.periodFirst = period.first();
        r.periodLast = period.last();
        r.periodLabel = period.label();
        r.dueAt = due;
        r.createdAt = now;
        r.status = RunStatus.SENDING;
        r.subject = subject;
        if (htmlBody.length() > BODY_MAX) {
            throw new IllegalStateException("the mail body is longer than " + BODY_MAX + " characters");
        }
        r.htmlBody = htmlBody;
        return r;
    }

    /** The run's status from its deliveries' (all of them); finished once none is still under way. */
    public void settle(Collection<DeliveryStatus> deliveries, String lastError, Instant now) {
        long sent = deliveries.stream().filter(s -> s == DeliveryStatus.SENT).count();
        long failed = deliveries.stream().filter(s -> s == DeliveryStatus.FAILED).count();
        RunStatus next;
        if (sent + failed < deliveries.size()) {
            next = RunStatus.SENDING;
        } else if (failed == 0) {
            next = RunStatus.SENT;
        } else {
            next = sent == 0 ? RunStatus.FAILED : RunStatus.PARTLY_SENT;
        }
        status = next;
        error = lastError == null ? error : clip(lastError, 1000);
        if (next != RunStatus.SENDING && finishedAt == null) {
            finishedAt = now;
        }
    }

    static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public ReportPeriod period() {
        return new ReportPeriod(periodKind, periodFirst, periodLast);
    }

    public Long id() {
        return id;
    }

    public Long subscriptionId() {
        return subscriptionId;
    }

    public String scheduleKey() {
        return scheduleKey;
    }

    public String triggeredBy() {
        return triggeredBy;
    }

    public ReportKind reportKind() {
        return reportKind;
    }

    public String periodLabel() {
        return periodLabel;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public RunStatus status() {
        return status;
    }

    public String subject() {
        return subject;
    }

    public String htmlBody() {
        return htmlBody;
    }

    public String error() {
        return error;
    }
}
