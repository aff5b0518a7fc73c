package rw.paydesk.portal.reports;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import rw.paydesk.core.identity.domain.Role;
import rw.paydesk.reporting.period.domain.ReportPeriod;
import rw.paydesk.reporting.render.Cells;
import rw.paydesk.reporting.render.ReportFormat;
import rw.paydesk.reporting.report.application.ReportCatalog;
import rw.paydesk.reporting.report.domain.Chart;
import rw.paydesk.reporting.report.domain.Column;
import rw.paydesk.reporting.report.domain.ColumnType;
import rw.paydesk.reporting.report.domain.Report;
import rw.paydesk.reporting.report.domain.ReportKind;
import rw.paydesk.reporting.report.domain.Section;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Reports page: the report and period chosen in the address (see {@link ReportQuery}),
 * its summary tables and charts, the first {@value #SCREEN_ROWS} records, and links to the same
 * report as files. Administrators alone see no money, so they get a pointer to the scheduled
 * reports instead.
 */
@Named
@ViewScoped
public class ReportsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The most records the page lists; the files hold them all. */
    public static final int SCREEN_ROWS = 500;

    /** A chart and its Chart.js configuration. */
    public record ChartView(String id, String title, String json) implements Serializable {
    }

    @Inject
    ReportCatalog catalog;

    @Inject
    SecurityContext security;

    @Inject
    Clock clock;

    private String kind;
    private String period;
    private String date;
    private String from;
    private String to;
    private String problem;
    /** Built once per view; rebuilt from the parameters if the view was serialized (ReportPeriod is not). */
    private transient ReportQuery query;
    private transient Report report;

    /** Builds the report the parameters ask for, or says what is wrong with them. */
    public void open() {
        if (!isSeesMoney()) {
            return;
        }
        try {
            query = ReportQuery.of(parameters()::get, today());
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
            kind = null;
            period = null;
            date = null;
            from = null;
            to = null;
            query = ReportQuery.of(parameters()::get, today());
        }
        report = catalog.build(query.kind(), query.period());
    }

    private Map<String, String> parameters() {
        return Map.of("kind", nn(kind), "period", nn(period), "date", nn(date), "from", nn(from), "to", nn(to));
    }

    private ReportQuery query() {
        if (query == null) {
            query = ReportQuery.of(parameters()::get, today());
        }
        return query;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ReportPeriod.KIGALI));
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }

    /** Only makers, approvers and viewers see money (as on the dashboard). */
    public boolean isSeesMoney() {
        return security.isCallerInRole(Role.MAKER_NAME) || security.isCallerInRole(Role.APPROVER_NAME)
                || security.isCallerInRole(Role.VIEWER_NAME);
    }

    public Report getReport() {
        if (report == null && isSeesMoney()) {
            report = catalog.build(query().kind(), query().period());
        }
        return report;
    }

    public String getProblem() {
        return problem;
    }

    public List<ReportKind> getKinds() {
        return List.of(ReportKind.values());
    }

    public String getSelectedKind() {
        return query().kind().slug();
    }

    public String getSelectedPeriod() {
        return query().period().kind().name().toLowerCase(Locale.ROOT);
    }

    /** The date field: the period's first day (or today for a custom period). */
    public String getSelectedDate() {
        return query().period().kind() == ReportPeriod.Kind.CUSTOM ? today().toString()
                : query().period().first().toString();
    }

    public String getSelectedFrom() {
        return query().period().first().toString();
    }

    public String getSelectedTo() {
        return query().period().last().toString();
    }

    /** The address of the same report as a file. */
    public String downloadUrl(String format) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/reports/download?"
                + query().parameters() + "&format=" + ReportFormat.fromName(format).extension();
    }

    /** The address of another report for the same period. */
    public String kindUrl(ReportKind other) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/reports/index.xhtml?"
                + new ReportQuery(other, query().period()).parameters();
    }

    public List<ChartView> getCharts() {
        if (getReport() == null) {
            return List.of();
        }
        return getReport().charts().stream().filter(c -> !c.labels().isEmpty())
                .map(c -> new ChartView(c.id(), c.title(), ReportCharts.json(c))).toList();
    }

    /** The chart in words, for screen readers. */
    public String chartText(ChartView view) {
        Chart c = getReport().charts().stream().filter(x -> x.id().equals(view.id())).findFirst().orElseThrow();
        StringBuilder text = new StringBuilder(c.title()).append(": ");
        for (int i = 0; i < c.labels().size(); i++) {
            int at = i;
            text.append(i == 0 ? "" : "; ").append(c.labels().get(i)).append(" ").append(String.join(", ",
                    c.series().stream().map(s -> s.name() + " " + s.values().get(at).toPlainString()).toList()));
        }
        return text.toString();
    }

    /** The list of records, or null (also for those who see no money, whose page builds it unrendered). */
    public Section getDetail() {
        return getReport() == null ? null : getReport().detail().orElse(null);
    }

    /** The records the page lists: at most {@value #SCREEN_ROWS}. */
    public List<List<Object>> getScreenRows() {
        Section detail = getDetail();
        return detail == null ? List.of() : detail.rows().subList(0, Math.min(SCREEN_ROWS, detail.rows().size()));
    }

    public boolean isDetailShortened() {
        Section detail = getDetail();
        return detail != null && detail.rows().size() > SCREEN_ROWS;
    }

    public int getScreenRowLimit() {
        return SCREEN_ROWS;
    }

    /** A cell as people read it (amounts at their currency's decimals, grouped). */
    public String cell(Section section, List<Object> row, int column) {
        return Cells.forPeople(row.get(column), section.currencyOf(row));
    }

    /** A cell as the CSV file writes it, for the page's data attributes (and the tests that compare them). */
    public String plain(Object cell) {
        return Cells.plain(cell);
    }

    public boolean numeric(Column column) {
        return column.type() == ColumnType.COUNT || column.type() == ColumnType.AMOUNT;
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public String getDate() { return date; }
    public void setDate(String date) { this.date = date; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
}
