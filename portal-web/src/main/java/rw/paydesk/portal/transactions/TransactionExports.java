package rw.paydesk.portal.transactions;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import rw.paydesk.core.ledger.domain.LedgerEntry;
import rw.paydesk.portal.faces.Formats;
import rw.paydesk.reporting.render.Csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes ledger rows as CSV, XLSX or PDF, one row at a time. CSV cells are quoted and guarded
 * against formula injection by {@link Csv}, as every CSV PayDesk writes.
 */
public final class TransactionExports {

    /** The most rows a CSV or XLSX file holds. */
    public static final int MAX_ROWS = 100_000;
    /** The most rows a PDF holds: it is meant to be read, not processed. */
    public static final int MAX_PDF_ROWS = 5_000;

    static final List<String> HEADER = List.of("Created (Kigali)", "Updated (Kigali)", "Direction", "Status",
            "Amount", "Fee", "Currency", "Kind", "Method", "Provider", "Phone or account", "Reference",
            "Gateway id", "Gateway transaction", "Our status", "Gateway status", "Known by");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(Formats.KIGALI);

    private TransactionExports() {
    }

    static List<String> cells(LedgerEntry e) {
        return java.util.Arrays.asList(time(e.createdAt()), time(e.updatedAt()), e.direction().label(), e.status().label(),
                plain(e.amount()), plain(e.fee()), e.currency(), e.kind(), e.method(), e.provider(), e.party(),
                e.reference(), e.gatewayId() == null ? null : e.gatewayId().toString(), e.gatewayTransactionId(),
                e.localStatus(), e.gatewayStatus(), e.knownBy());
    }

    public static void csv(OutputStream out, Consumer<Consumer<LedgerEntry>> rows, long total) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(Csv.line(HEADER));
        int[] written = {0};
        rows.accept(e -> {
            try {
                w.write(Csv.line(cells(e)));
                written[0]++;
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
        });
        if (total > written[0]) {
            w.write(Csv.line(List.of("# " + written[0] + " of " + total + " rows: narrow the filters to export the rest")));
        }
        w.flush();
    }

    public static void xlsx(OutputStream out, Consumer<Consumer<LedgerEntry>> rows, long total) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = book.createSheet("Transactions");
            CellStyle bold = book.createCellStyle();
            org.apache.poi.ss.usermodel.Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                header.createCell(i).setCellValue(HEADER.get(i));
                header.getCell(i).setCellStyle(bold);
            }
            int[] next = {1};
            rows.accept(e -> {
                Row row = sheet.createRow(next[0]++);
                List<String> cells = cells(e);
                for (int i = 0; i < cells.size(); i++) {
                    if (cells.get(i) == null) {
                        continue;
                    }
                    if (i == 4 || i == 5) {
                        row.createCell(i).setCellValue(new BigDecimal(cells.get(i)).doubleValue());
                    } else {
                        row.createCell(i).setCellValue(cells.get(i));
                    }
                }
            });
            if (total > next[0] - 1) {
                sheet.createRow(next[0]).createCell(0).setCellValue((next[0] - 1) + " of " + total
                        + " rows: narrow the filters to export the rest");
            }
            book.write(out);
            book.dispose();
        }
    }

    public static void pdf(OutputStream out, Consumer<Consumer<LedgerEntry>> rows, long total, String search)
            throws IOException {
        try {
            writePdf(out, rows, total, search);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("the PDF could not be written", e);
        }
    }

    private static void writePdf(OutputStream out, Consumer<Consumer<LedgerEntry>> rows, long total, String search)
            throws Exception {
        Document document = new Document(PageSize.A4.rotate(), 24, 24, 24, 24);
        PdfWriter.getInstance(document, out);
        document.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
        Font small = FontFactory.getFont(FontFactory.HELVETICA, 7);
        Font smallBold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 7);
        document.add(new Paragraph("PayDesk transactions", title));
        document.add(new Paragraph("Exported " + time(Instant.now()) + " (Kigali). Search: " + search, small));
        int[] columns = {0, 2, 3, 4, 5, 6, 8, 9, 10, 11, 16};
        PdfPTable table = new PdfPTable(columns.length);
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.setHeaderRows(1);
        for (int c : columns) {
            PdfPCell cell = new PdfPCell(new Phrase(HEADER.get(c), smallBold));
            cell.setGrayFill(0.9f);
            table.addCell(cell);
        }
        int[] written = {0};
        rows.accept(e -> {
            List<String> cells = cells(e);
            for (int c : columns) {
                PdfPCell cell = new PdfPCell(new Phrase(cells.get(c) == null ? "" : cells.get(c), small));
                if (c == 4 || c == 5) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                table.addCell(cell);
            }
            written[0]++;
        });
        document.add(table);
        document.add(new Paragraph(written[0] + " of " + total + " rows"
                + (total > written[0] ? ": narrow the filters, or export CSV or XLSX, for the rest." : "."), small));
        document.close();
    }

    private static String time(Instant t) {
        return t == null ? null : TIME.format(t);
    }

    private static String plain(BigDecimal d) {
        return d == null ? null : d.stripTrailingZeros().toPlainString();
    }
}
