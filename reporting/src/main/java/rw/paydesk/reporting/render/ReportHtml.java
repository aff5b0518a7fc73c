package rw.paydesk.reporting.render;

import rw.paydesk.reporting.report.domain.Column;
import rw.paydesk.reporting.report.domain.ColumnType;
import rw.paydesk.reporting.report.domain.Report;
import rw.paydesk.reporting.report.domain.Section;

import java.util.List;

/**
 * A report's summary as an HTML fragment for a mail body: title, period and every section that
 * is not a list of records, as tables. Styles are inline (many mail clients drop
 * {@code <style>}); all text is escaped.
 */
public final class ReportHtml {

    private static final String TABLE = "border-collapse:collapse;margin:4px 0 12px 0;font-size:13px";
    private static final String TH = "border:1px solid #d0d7de;padding:4px 8px;background:#f3f5f7;text-align:left";
    private static final String TD = "border:1px solid #d0d7de;padding:4px 8px;text-align:left";
    private static final String RIGHT = ";text-align:right;white-space:nowrap";

    private ReportHtml() {
    }

    public static String summary(Report report) {
        StringBuilder html = new StringBuilder();
        html.append("<div style=\"font-family:Arial,Helvetica,sans-serif;color:#1f2328\">");
        html.append("<h2 style=\"font-size:18px;margin:0 0 4px 0\">").append(escape(report.title())).append("</h2>");
        html.append("<p style=\"margin:0 0 12px 0;color:#57606a;font-size:13px\">Period: ")
                .append(escape(report.period().label())).append(". Generated ")
                .append(escape(Cells.time(report.generatedAt()))).append(" (Kigali).</p>");
        for (Section section : report.summarySections()) {
            html.append("<h3 style=\"font-size:15px;margin:12px 0 4px 0\">").append(escape(section.title())).append("</h3>");
            if (section.rows().isEmpty()) {
                html.append("<p style=\"font-size:13px\">Nothing in this period.</p>");
                continue;
            }
            html.append("<table style=\"").append(TABLE).append("\"><tr>");
            for (Column c : section.columns()) {
                html.append("<th style=\"").append(TH).append(numeric(c) ? RIGHT : "").append("\">")
                        .append(escape(c.header())).append("</th>");
            }
            html.append("</tr>");
            for (List<Object> row : section.rows()) {
                String currency = section.currencyOf(row);
                html.append("<tr>");
                for (int i = 0; i < row.size(); i++) {
                    html.append("<td style=\"").append(TD).append(numeric(section.columns().get(i)) ? RIGHT : "")
                            .append("\">").append(escape(Cells.forPeople(row.get(i), currency))).append("</td>");
                }
                html.append("</tr>");
            }
            html.append("</table>");
            if (section.note() != null) {
                html.append("<p style=\"font-size:12px;color:#57606a;margin:0 0 12px 0\">").append(escape(section.note()))
                        .append("</p>");
            }
        }
        report.detail().ifPresent(d -> html.append("<p style=\"font-size:12px;color:#57606a\">")
                .append(escape(d.title())).append(": ").append(String.format(java.util.Locale.ENGLISH, "%,d", d.rows().size()))
                .append(" rows, in the attached files.</p>"));
        return html.append("</div>").toString();
    }

    private static boolean numeric(Column c) {
        return c.type() == ColumnType.COUNT || c.type() == ColumnType.AMOUNT;
    }

    /** Escapes text for HTML content and attribute values. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
