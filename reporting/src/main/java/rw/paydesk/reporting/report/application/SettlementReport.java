package rw.paydesk.reporting.report.application;

import jakarta.persistence.EntityManager;
import rw.paydesk.reporting.period.domain.ReportPeriod;
import rw.paydesk.reporting.report.domain.Chart;
import rw.paydesk.reporting.report.domain.Column;
import rw.paydesk.reporting.report.domain.Report;
import rw.paydesk.reporting.report.domain.ReportKind;
import rw.paydesk.reporting.report.domain.Section;
import rw.paydesk.reporting.report.domain.Series;
import rw.paydesk.reporting.settlement.application.SettlementQueries;
import rw.paydesk.reporting.settlement.domain.SettlementFigures;
import rw.paydesk.reporting.settlement.domain.SettlementSummary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The settlement summary as a report: exactly {@link SettlementQueries#summary}'s figures. */
final class SettlementReport {

    private static final List<Column> FIGURES = List.of(Column.count("Collections"), Column.amount("Collected"),
            Column.amount("Collection fees"), Column.count("Payouts"), Column.amount("Paid out"),
            Column.amount("Payout fees"), Column.amount("Net"), Column.count("Collections failed"),
            Column.count("Collections pending"), Column.count("Collections unknown"), Column.count("Payouts failed"),
            Column.count("Payouts pending"), Column.count("Payouts unknown"));

    private SettlementReport() {
    }

    static Report build(EntityManager em, ReportPeriod period, Instant now) {
        return of(SettlementQueries.summary(em, period), now);
    }

    /** The report of a summary already computed. */
    static Report of(SettlementSummary summary, Instant now) {
        List<Column> totalColumns = new ArrayList<>(List.of(Column.text(Column.CURRENCY)));
        totalColumns.addAll(FIGURES);
        List<List<Object>> totals = summary.totals().stream()
                .map(t -> row(List.of(t.currency()), t.figures())).toList();
        List<Column> providerColumns = new ArrayList<>(List.of(Column.text(Column.CURRENCY), Column.text("Provider")));
        providerColumns.addAll(FIGURES);
        List<List<Object>> providers = summary.lines().stream()
                .map(l -> row(List.of(l.currency(), l.provider()), l.figures())).toList();
        List<Section> sections = List.of(
                new Section(Report.TOTALS, "Totals per currency", totalColumns, totals, false,
                        "Amounts and fees count successful movements only; net = collected − paid out − payout fees "
                                + "(customers pay collection fees on top)."),
                new Section("providers", "Per provider", providerColumns, providers, false, null));
        List<Chart> charts = summary.totals().stream().map(t -> chart(summary, t.currency())).toList();
        return new Report(ReportKind.SETTLEMENT, summary.period(), now, sections, charts);
    }

    private static List<Object> row(List<String> keys, SettlementFigures f) {
        List<Object> row = new ArrayList<>(keys);
        row.addAll(Arrays.asList(f.collections(), f.collected(), f.collectionFees(), f.payouts(), f.paidOut(),
                f.payoutFees(), f.net(), f.collectionStatuses().failed(), f.collectionStatuses().pending(),
                f.collectionStatuses().unknown(), f.payoutStatuses().failed(), f.payoutStatuses().pending(),
                f.payoutStatuses().unknown()));
        return row;
    }

    private static Chart chart(SettlementSummary summary, String currency) {
        List<SettlementSummary.Line> lines = summary.lines().stream().filter(l -> l.currency().equals(currency)).toList();
        List<BigDecimal> collected = lines.stream().map(l -> l.figures().collected()).toList();
        List<BigDecimal> paid = lines.stream().map(l -> l.figures().paidOut()).toList();
        return new Chart("providers-" + currency, "Collected and paid out per provider (" + currency + ")", Chart.BAR,
                lines.stream().map(SettlementSummary.Line::provider).toList(),
                List.of(new Series("Collected (" + currency + ")", collected), new Series("Paid out (" + currency + ")", paid)));
    }
}
