package rw.paydesk.portal.transactions;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import rw.paydesk.core.ledger.application.LedgerQueries;
import rw.paydesk.core.ledger.domain.LedgerEntry;
import rw.paydesk.core.ledger.domain.LedgerFilter;
import rw.paydesk.core.ledger.domain.LedgerSort;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

/**
 * The rows the Transactions page's filters select, as CSV, XLSX or PDF. Under
 * {@code /transactions/*}, so web.xml lets only makers, approvers and viewers in, and
 * {@link LedgerQueries} checks the roles again. Rows are read a chunk at a time and written as
 * they come; a file holds at most {@link TransactionExports#MAX_ROWS} rows (a PDF fewer) and
 * says so when the selection was larger.
 */
@WebServlet("/transactions/export")
public class TransactionExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int CHUNK = 1_000;

    @Inject
    transient LedgerQueries ledger;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String format = String.valueOf(request.getParameter("format"));
        TransactionSearch search = TransactionSearch.of(request::getParameter);
        LedgerFilter filter;
        try {
            filter = search.filter();
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        LedgerSort sort = search.sort();
        long total = ledger.count(filter);
        String name = "transactions-" + LocalDateTime.now(rw.paydesk.portal.faces.Formats.KIGALI)
                .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm"));
        response.setHeader("Cache-Control", "no-store");
        switch (format) {
            case "csv" -> {
                response.setContentType("text/csv; charset=UTF-8");
                response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
                TransactionExports.csv(response.getOutputStream(), rows(filter, sort, TransactionExports.MAX_ROWS), total);
            }
            case "xlsx" -> {
                response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"");
                TransactionExports.xlsx(response.getOutputStream(), rows(filter, sort, TransactionExports.MAX_ROWS), total);
            }
            case "pdf" -> {
                response.setContentType("application/pdf");
                response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".pdf\"");
                TransactionExports.pdf(response.getOutputStream(), rows(filter, sort, TransactionExports.MAX_PDF_ROWS),
                        total, describe(search));
            }
            default -> response.sendError(HttpServletResponse.SC_BAD_REQUEST, "format must be csv, xlsx or pdf");
        }
    }

    /** Feeds the writer chunk by chunk, up to {@code max} rows. */
    private Consumer<Consumer<LedgerEntry>> rows(LedgerFilter filter, LedgerSort sort, int max) {
        return sink -> {
            int first = 0;
            while (first < max) {
                List<LedgerEntry> chunk = ledger.page(filter, sort, first, Math.min(CHUNK, max - first));
                chunk.forEach(sink);
                if (chunk.size() < CHUNK) {
                    return;
                }
                first += chunk.size();
            }
        };
    }

    private static String describe(TransactionSearch s) {
        String q = s.queryString().replace("&", ", ").replace("=", ": ");
        return java.net.URLDecoder.decode(q, java.nio.charset.StandardCharsets.UTF_8);
    }
}
