package rw.paydesk.reporting.mail;

import rw.paydesk.reporting.render.ReportHtml;
import rw.paydesk.reporting.report.domain.Report;
import rw.paydesk.reporting.subscription.domain.ReportAttachment;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The words of a report mail: its subject, and an HTML body with the report's totals and, for
 * each attached file, its size and SHA-256 so the receiver can check the file is the one sent.
 */
public final class ReportMail {

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.of("Africa/Kigali"));

    private ReportMail() {
    }

    public static String subject(Report report) {
        return "PayDesk: " + report.title();
    }

    /**
     * @param schedule how the subscription sends ("Every day at 07:00"), or who asked for it by hand
     */
    public static String body(Report report, List<ReportAttachment> files, String schedule) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title>").append(ReportHtml.escape(subject(report)))
                .append("</title></head><body style=\"font-family:Arial,Helvetica,sans-serif;color:#1f2937;font-size:14px;\">");
        html.append(ReportHtml.summary(report));
        html.append("<p style=\"margin:16px 0 4px;\">Made ").append(ReportHtml.escape(GENERATED.format(report.generatedAt())))
                .append(" (Kigali time). Amounts in different currencies are never added together.</p>");
        if (!files.isEmpty()) {
            html.append("<h3 style=\"font-size:15px;margin:20px 0 6px;\">Attached files</h3>")
                    .append("<table style=\"border-collapse:collapse;font-size:13px;\">")
                    .append("<tr><th style=\"text-align:left;padding:4px 8px;border-bottom:1px solid #d1d5db;\">File</th>")
                    .append("<th style=\"text-align:right;padding:4px 8px;border-bottom:1px solid #d1d5db;\">Bytes</th>")
                    .append("<th style=\"text-align:left;padding:4px 8px;border-bottom:1px solid #d1d5db;\">SHA-256</th></tr>");
            for (ReportAttachment f : files) {
                html.append("<tr><td style=\"padding:4px 8px;\">").append(ReportHtml.escape(f.fileName()))
                        .append("</td><td style=\"padding:4px 8px;text-align:right;\">").append(f.sizeBytes())
                        .append("</td><td style=\"padding:4px 8px;font-family:monospace;\" class=\"sha256\">")
                        .append(f.sha256()).append("</td></tr>");
            }
            html.append("</table><p style=\"color:#6b7280;font-size:12px;\">To check a file, compare its SHA-256 with the one "
                    + "above (for example <code>sha256sum FILE</code> or <code>certutil -hashfile FILE SHA256</code>).</p>");
        }
        html.append("<p style=\"color:#6b7280;font-size:12px;margin-top:20px;\">Sent by PayDesk: ")
                .append(ReportHtml.escape(schedule))
                .append(". An administrator can change or stop this under Scheduled reports.</p></body></html>");
        return html.toString();
    }
}
