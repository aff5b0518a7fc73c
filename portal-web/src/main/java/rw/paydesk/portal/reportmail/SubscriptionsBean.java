package rw.paydesk.portal.reportmail;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import rw.paydesk.portal.faces.Messages;
import rw.paydesk.reporting.period.domain.ReportPeriod;
import rw.paydesk.reporting.render.ReportFormat;
import rw.paydesk.reporting.report.domain.ReportKind;
import rw.paydesk.reporting.subscription.application.ReportHistory;
import rw.paydesk.reporting.subscription.application.SubscriptionAdministration;
import rw.paydesk.reporting.subscription.domain.Frequency;
import rw.paydesk.reporting.subscription.domain.ReportSubscription;
import rw.paydesk.reporting.subscription.domain.Schedule;
import rw.paydesk.reporting.subscription.domain.SubscriptionException;

import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/** The Scheduled reports page: subscribe addresses to a report, change, pause, resume, send now. */
@Named
@ViewScoped
public class SubscriptionsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SubscriptionAdministration administration;

    @Inject
    ReportHistory history;

    @Inject
    Clock clock;

    private transient List<ReportSubscription> subscriptions;

    private Long editingId;
    private long editingVersion;
    private ReportKind kind = ReportKind.SETTLEMENT;
    private Frequency frequency = Frequency.DAILY;
    private String time = "07:00";
    private DayOfWeek dayOfWeek = DayOfWeek.MONDAY;
    private Integer dayOfMonth = 1;
    private ReportFormat[] formats = {ReportFormat.CSV, ReportFormat.XLSX, ReportFormat.PDF};
    private String recipients;

    public List<ReportSubscription> getSubscriptions() {
        if (subscriptions == null) {
            subscriptions = administration.list();
        }
        return subscriptions;
    }

    public String getTransport() {
        return history.transport();
    }

    public boolean isSmtpConfigured() {
        return history.smtpConfigured();
    }

    public ReportKind[] getKinds() {
        return ReportKind.values();
    }

    public Frequency[] getFrequencies() {
        return Frequency.values();
    }

    public DayOfWeek[] getDaysOfWeek() {
        return DayOfWeek.values();
    }

    public String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    public ReportFormat[] getAllFormats() {
        return ReportFormat.values();
    }

    /** When an active subscription sends next (Kigali time). */
    public Instant next(ReportSubscription s) {
        return s.active() ? s.schedule().nextAfter(clock.instant()) : null;
    }

    /** The period its next mail covers. */
    public String nextPeriod(ReportSubscription s) {
        Instant next = next(s);
        return next == null ? "" : s.schedule().periodAt(next).label();
    }

    public String formatsText(ReportSubscription s) {
        return String.join(", ", s.formats().stream().map(Enum::name).toList());
    }

    public void save() {
        Schedule schedule;
        try {
            schedule = new Schedule(frequency, Schedule.time(time), dayOfWeek, dayOfMonth);
        } catch (IllegalArgumentException e) {
            Messages.error(e.getMessage());
            return;
        }
        SubscriptionAdministration.Form form = new SubscriptionAdministration.Form(kind, schedule, selectedFormats(), recipients);
        if (editingId == null) {
            perform(() -> administration.subscribe(form), s -> {
                reset();
                return "Subscribed: " + String.join(", ", s.recipients()) + " get the " + s.reportKind().label().toLowerCase(Locale.ENGLISH)
                        + " " + s.schedule().describe().toLowerCase(Locale.ENGLISH) + " (Kigali time).";
            });
        } else {
            perform(() -> administration.change(editingId, editingVersion, form), s -> {
                reset();
                return "Subscription " + s.id() + " saved.";
            });
        }
    }

    public void edit(ReportSubscription s) {
        editingId = s.id();
        editingVersion = s.version();
        kind = s.reportKind();
        Schedule schedule = s.schedule();
        frequency = schedule.frequency();
        time = schedule.atText();
        dayOfWeek = schedule.dayOfWeek() == null ? DayOfWeek.MONDAY : schedule.dayOfWeek();
        dayOfMonth = schedule.dayOfMonth() == null ? 1 : schedule.dayOfMonth();
        formats = s.formats().toArray(ReportFormat[]::new);
        recipients = String.join("\n", s.recipients());
    }

    public void cancelEdit() {
        reset();
    }

    public void pause(ReportSubscription s) {
        perform(() -> {
            administration.pause(s.id(), s.version());
            return null;
        }, ignored -> "Subscription " + s.id() + " paused; nothing is sent until it is resumed.");
    }

    public void resume(ReportSubscription s) {
        perform(() -> {
            administration.resume(s.id(), s.version());
            return null;
        }, ignored -> "Subscription " + s.id() + " resumed; it sends from its next time on.");
    }

    public void sendNow(ReportSubscription s) {
        perform(() -> administration.sendNow(s.id()), (ReportPeriod p) -> "Sending the " + s.reportKind().label()
                .toLowerCase(Locale.ENGLISH) + " for " + p.label() + " to " + String.join(", ", s.recipients())
                + (history.smtpConfigured() ? "." : "; it will be in the outbox in a moment."));
    }

    private <T> void perform(Supplier<T> action, java.util.function.Function<T, String> success) {
        try {
            T result = action.get();
            subscriptions = null;
            Messages.info(success.apply(result));
        } catch (SubscriptionException refused) {
            Messages.error(refused.getMessage());
        }
    }

    private Set<ReportFormat> selectedFormats() {
        return formats == null || formats.length == 0 ? Set.of() : EnumSet.copyOf(List.of(formats));
    }

    private void reset() {
        editingId = null;
        editingVersion = 0;
        kind = ReportKind.SETTLEMENT;
        frequency = Frequency.DAILY;
        time = "07:00";
        dayOfWeek = DayOfWeek.MONDAY;
        dayOfMonth = 1;
        formats = new ReportFormat[] {ReportFormat.CSV, ReportFormat.XLSX, ReportFormat.PDF};
        recipients = null;
    }

    public Long getEditingId() {
        return editingId;
    }

    public ReportKind getKind() {
        return kind;
    }

    public void setKind(ReportKind kind) {
        this.kind = kind;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public void setFrequency(Frequency frequency) {
        this.frequency = frequency;
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }

    public DayOfWeek getDayOfWeek() {
        return dayOfWeek;
    }

    public void setDayOfWeek(DayOfWeek dayOfWeek) {
        this.dayOfWeek = dayOfWeek;
    }

    public Integer getDayOfMonth() {
        return dayOfMonth;
    }

    public void setDayOfMonth(Integer dayOfMonth) {
        this.dayOfMonth = dayOfMonth;
    }

    public ReportFormat[] getFormats() {
        return formats;
    }

    public void setFormats(ReportFormat[] formats) {
        this.formats = formats;
    }

    public String getRecipients() {
        return recipients;
    }

    public void setRecipients(String recipients) {
        this.recipients = recipients;
    }
}
