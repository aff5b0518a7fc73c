package rw.paydesk.portal.reports;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import rw.paydesk.reporting.period.domain.ReportPeriod;
import rw.paydesk.reporting.render.ReportFiles;
import rw.paydesk.reporting.render.ReportFormat;
import rw.paydesk.reporting.report.application.ReportCatalog;
import rw.paydesk.reporting.report.domain.Report;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

/**
 * A report as a file: the parameters of {@link ReportQuery} plus {@code format} (csv, xlsx,
 * pdf). Wrong parameters get a 400 with the reason; {@link ReportCatalog} checks the caller's
 * roles (an administrator alone gets a 403), so the file holds what the page shows.
 */
@WebServlet("/reports/download")
public class ReportDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReportCatalog catalog;

    @Inject
    transient Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ReportQuery query;
        ReportFormat format;
        try {
            query = ReportQuery.of(request::getParameter, LocalDate.now(clock.withZone(ReportPeriod.KIGALI)));
            format = ReportFormat.fromName(request.getParameter("format"));
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        Report report;
        try {
            report = catalog.build(query.kind(), query.period());
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Reports show money; your roles do not.");
            return;
        }
        byte[] file = ReportFiles.render(report, format);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(format.contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + ReportFiles.fileName(report, format) + "\"");
        response.setContentLength(file.length);
        response.getOutputStream().write(file);
    }
}
