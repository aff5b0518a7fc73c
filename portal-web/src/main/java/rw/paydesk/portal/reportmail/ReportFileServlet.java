package rw.paydesk.portal.reportmail;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import rw.paydesk.reporting.subscription.application.ReportHistory;
import rw.paydesk.reporting.subscription.domain.ReportAttachment;

import java.io.IOException;
import java.util.Optional;

/**
 * A file of a report run, byte for byte what was (or will be) mailed, so its SHA-256 matches the
 * one in the mail. Under {@code /admin/*}: administrators only, and {@link ReportHistory} checks again.
 */
@WebServlet("/admin/reports/file")
public class ReportFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReportHistory history;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(String.valueOf(request.getParameter("id")));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "id must be a file's number");
            return;
        }
        Optional<ReportAttachment> file = history.file(id);
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "no such file");
            return;
        }
        ReportAttachment a = file.get();
        byte[] content = a.content();
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(a.contentType());
        response.setContentLength(content.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + a.fileName() + "\"");
        response.setHeader("X-Content-SHA256", a.sha256());
        response.getOutputStream().write(content);
    }
}
