package rw.paydesk.portal.payouts.bulk;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import rw.paydesk.payouts.batch.application.BatchQueries;
import rw.paydesk.payouts.batch.domain.PayoutBatch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The results file of a batch as a CSV download. Under {@code /payouts/*}, so web.xml lets
 * only makers, approvers and viewers in, and {@link BatchQueries} checks the roles again.
 */
@WebServlet("/payouts/bulk/results")
public class BatchResultsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BatchQueries queries;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such payout batch.");
            return;
        }
        Optional<PayoutBatch> batch = queries.byId(id);
        if (batch.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such payout batch.");
            return;
        }
        byte[] csv = queries.resultsCsv(id).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + batch.get().reference().value()
                + "-results.csv\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(csv.length);
        response.getOutputStream().write(csv);
    }
}
