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
import rw.paydesk.reporting.render.ReportFormat;
import rw.paydesk.reporting.report.domain.ReportKind;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who receives which report, when, and in which files. Administrators manage subscriptions;
 * the scheduler owes one run per sending moment from {@code scheduleFrom} on (when it was
 * created, its schedule changed, or it was resumed), never for moments before.
 */
@Entity
@Table(name = "report_subscription")
public class ReportSubscription {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "report_kind", nullable = false, length = 20)
    private ReportKind reportKind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Frequency frequency;

    @Column(name = "send_at", nullable = false, length = 5)
    private String sendAt;

    @Column(name = "day_of_week")
    private Integer dayOfWeek;

    @Column(name = "day_of_month")
    private Integer dayOfMonth;

    @Column(nullable = false, length = 20)
    private String formats;

    @Column(nullable = false, length = 4000)
    private String recipients;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "schedule_from", nullable = false)
    private Instant scheduleFrom;

    @Version
    private long version;

    protected ReportSubscription() {
        // JPA
    }

    public static ReportSubscription create(ReportKind kind, Schedule schedule, Set<ReportFormat> formats,
                                            List<String> recipients, String by, Instant now) {
        ReportSubscription s = new ReportSubscription();
        s.createdBy = by;
        s.createdAt = now;
        s.active = true;
        s.change(kind, schedule, formats, recipients, by, now);
        return s;
    }

    /** New content; a new schedule counts from now, so no moment before the change is owed. */
    public void change(ReportKind kind, Schedule schedule, Set<ReportFormat> formats, List<String> recipients,
                       String by, Instant now) {
        boolean newSchedule = frequency == null || !schedule.equals(schedule());
        this.reportKind = Objects.requireNonNull(kind, "kind");
        if (formats == null || formats.isEmpty()) {
            throw new SubscriptionException("Choose at least one file format to attach.");
        }
        if (recipients == null || recipients.isEmpty()) {
            throw new SubscriptionException("Give at least one e-mail address.");
        }
        this.frequency = schedule.frequency();
        this.sendAt = schedule.atText();
        this.dayOfWeek = schedule.dayOfWeek() == null ? null : schedule.dayOfWeek().getValue();
        this.dayOfMonth = schedule.dayOfMonth();
        this.formats = EnumSet.copyOf(formats).stream().map(Enum::name).collect(Collectors.joining(","));
        this.recipients = Recipients.join(recipients);
        touched(by, now);
        if (newSchedule) {
            this.scheduleFrom = now;
        }
    }

    public void pause(String by, Instant now) {
        if (!active) {
            throw new SubscriptionException("This subscription is already paused.");
        }
        active = false;
        touched(by, now);
    }

    /** Resumed: sends from the next moment on; moments missed while paused are not owed. */
    public void resume(String by, Instant now) {
        if (active) {
            throw new SubscriptionException("This subscription is already active.");
        }
        active = true;
        touched(by, now);
        scheduleFrom = now;
    }

    private void touched(String by, Instant now) {
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public Schedule schedule() {
        return new Schedule(frequency, Schedule.time(sendAt), dayOfWeek == null ? null : DayOfWeek.of(dayOfWeek),
                dayOfMonth);
    }

    public Set<ReportFormat> formats() {
        return Arrays.stream(formats.split(",")).map(ReportFormat::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReportFormat.class)));
    }

    public List<String> recipients() {
        return Recipients.split(recipients);
    }

    /** The key of the run that sends the period covered at {@code moment}: one run per period, ever. */
    public String scheduleKey(Instant moment) {
        return id + "/" + schedule().periodAt(moment).first();
    }

    public Long id() {
        return id;
    }

    public ReportKind reportKind() {
        return reportKind;
    }

    public boolean active() {
        return active;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant scheduleFrom() {
        return scheduleFrom;
    }

    public long version() {
        return version;
    }
}
