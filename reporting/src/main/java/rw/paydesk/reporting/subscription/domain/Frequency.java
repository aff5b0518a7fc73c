package rw.paydesk.reporting.subscription.domain;

import rw.paydesk.reporting.period.domain.ReportPeriod;

/** How often a subscribed report is sent, and so which period each mail covers. */
public enum Frequency {
    /** Every day at the set time; covers the day before. */
    DAILY("Daily", ReportPeriod.Kind.DAY),
    /** Once a week, on the set day; covers the last complete week, Monday to Sunday. */
    WEEKLY("Weekly", ReportPeriod.Kind.WEEK),
    /** Once a month, on the set day of the month; covers the last complete calendar month. */
    MONTHLY("Monthly", ReportPeriod.Kind.MONTH);

    private final String label;
    private final ReportPeriod.Kind periodKind;

    Frequency(String label, ReportPeriod.Kind periodKind) {
        this.label = label;
        this.periodKind = periodKind;
    }

    public String label() {
        return label;
    }

    public String getLabel() {
        return label;
    }

    public ReportPeriod.Kind periodKind() {
        return periodKind;
    }
}
