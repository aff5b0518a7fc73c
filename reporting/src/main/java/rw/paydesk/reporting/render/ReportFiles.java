package rw.paydesk.reporting.render;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import rw.paydesk.reporting.period.domain.ReportPeriod;
import rw.paydesk.reporting.report.domain.Column;
import rw.paydesk.reporting.report.domain.ColumnType;
import rw.paydesk.reporting.report.domain.Report;
import rw.paydesk.reporting.report.domain.Section;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A report as a file. Every format holds every section, in the report's order, with the same
 * cells; CSV and XLSX write amounts plain (for machines), PDF formats them for people. A PDF
 * lists at most {@value #MAX_PDF_DETAIL_ROWS} records of a detail section and says so.
 */
public final class ReportFiles {

    /** The most records of a detail section a PDF lists: it is meant to be read, not processed. */
    public static final int MAX_PDF_DETAIL_ROWS = 5_000;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM");

    private ReportFiles() {
    }

    public static byte[] render(Report report, ReportFormat format) {
        return switch (format) {
            case CSV -> csv(report);
            case XLSX -> xlsx(report);
            case PDF -> pdf(report);
        };
    }

    /**
     * "settlement-2026-11-23.csv", "transactions-2026-11-16_2026-11-22.xlsx", "payouts-2026-11.pdf":
     * letters, digits, '-', '_' and '.' only.
     */
    public static String fileName(Report report, ReportFormat format) {
        ReportPeriod p = report.period();
        String dates = switch (p.kind()) {
            case DAY -> DAY.format(p.first());
            case MONTH -> MONTH.format(p.first());
            case WEEK, CUSTOM -> p.first().equals(p.last()) ? DAY.format(p.first())
                    : DAY.format(p.first()) + "_" + DAY.format(p.last());
        };
        return (report.kind().slug() + "-" + dates).replaceAll("[^A-Za-z0-9_-]", "") + "." + format.extension();
    }

    // CSV: the report's title lines, then each section: its title, its header, its rows, its note.

    private static byte[] csv(Report report) {
        StringBuilder out = new StringBuilder();
        out.append(Csv.line(List.of(report.title())));
        out.append(Csv.line(List.of("Period", report.period().label())));
        out.append(Csv.line(List.of("Generated (Kigali)", Cells.time(report.generatedAt()))));
        for (Section section : report.sections()) {
            out.append("\r\n");
            out.append(Csv.line(List.of(section.title())));
            out.append(Csv.line(section.columns().stream().map(Column::header).toList()));
            for (List<Object> row : section.rows()) {
                out.append(Csv.line(row.stream().map(Cells::plain).toList()));
            }
            if (section.note() != null) {
                out.append(Csv.line(List.of("Note", section.note())));
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    // XLSX: one sheet per section; counts and amounts are numbers.

    private static byte[] xlsx(Report report) {
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        try {
            CellStyle bold = book.createCellStyle();
            org.apache.poi.ss.usermodel.Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Set<String> names = new HashSet<>();
            for (Section section : report.sections()) {
                Sheet sheet = book.createSheet(sheetName(section.title(), names));
                Row header = sheet.createRow(0);
                for (int i = 0; i < section.columns().size(); i++) {
                    Cell cell = header.createCell(i);
                    cell.setCellValue(section.columns().get(i).header());
                    cell.setCellStyle(bold);
                }
                int next = 1;
                for (List<Object> values : section.rows()) {
                    Row row = sheet.createRow(next++);
                    for (int i = 0; i < values.size(); i++) {
                        write(row, i, section.columns().get(i).type(), values.get(i));
                    }
                }
                if (section.note() != null) {
                    sheet.createRow(next + 1).createCell(0).setCellValue(section.note());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the XLSX file could not be written", e);
        } finally {
            book.dispose();
        }
    }

    private static void write(Row row, int i, ColumnType type, Object value) {
        if (value == null) {
            return;
        }
        switch (type) {
            case COUNT -> row.createCell(i).setCellValue(((Long) value).doubleValue());
            case AMOUNT -> row.createCell(i).setCellValue(((BigDecimal) value).doubleValue());
            default -> row.createCell(i).setCellValue(Cells.plain(value));
        }
    }

    /** Excel's rules: at most 31 characters, none of : \ / ? * [ ], unique in the book. */
    private static String sheetName(String title, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(title);
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " " + n;
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    // PDF: A4 landscape, for people.

    private static byte[] pdf(Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 24, 24, 24, 24);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(report.title());
            document.open();
            Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
            Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
            Font text = FontFactory.getFont(FontFactory.HELVETICA, 8);
            Font small = FontFactory.getFont(FontFactory.HELVETICA, 7);
            Font smallBold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 7);
            document.add(new Paragraph("PayDesk: " + report.title(), title));
            document.add(new Paragraph("Period: " + report.period().label() + ". Generated "
                    + Cells.time(report.generatedAt()) + " (Kigali).", text));
            for (Section section : report.sections()) {
                Paragraph h = new Paragraph(section.title(), heading);
                h.setSpacingBefore(12);
                document.add(h);
                document.add(table(section, small, smallBold));
                List<String> notes = new java.util.ArrayList<>();
                if (section.note() != null) {
                    notes.add(section.note());
                }
                if (section.detail() && section.rows().size() > MAX_PDF_DETAIL_ROWS) {
                    notes.add(String.format(Locale.ENGLISH, "This PDF lists the first %,d of these %,d rows; the CSV "
                            + "and XLSX files hold them all.", MAX_PDF_DETAIL_ROWS, section.rows().size()));
                }
                for (String note : notes) {
                    document.add(new Paragraph(note, small));
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the PDF could not be written", e);
        }
        return out.toByteArray();
    }

    private static PdfPTable table(Section section, Font font, Font bold) {
        List<Column> columns = section.columns();
        PdfPTable table = new PdfPTable(columns.size());
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setHeaderRows(1);
        for (Column c : columns) {
            PdfPCell cell = new PdfPCell(new Phrase(c.header(), bold));
            cell.setGrayFill(0.9f);
            if (numeric(c)) {
                cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            }
            table.addCell(cell);
        }
        if (section.rows().isEmpty()) {
            PdfPCell none = new PdfPCell(new Phrase("Nothing in this period.", font));
            none.setColspan(columns.size());
            table.addCell(none);
        }
        int max = section.detail() ? MAX_PDF_DETAIL_ROWS : Integer.MAX_VALUE;
        section.rows().stream().limit(max).forEach(row -> {
            String currency = section.currencyOf(row);
            for (int i = 0; i < columns.size(); i++) {
                PdfPCell cell = new PdfPCell(new Phrase(Cells.forPeople(row.get(i), currency), font));
                if (numeric(columns.get(i))) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                table.addCell(cell);
            }
        });
        return table;
    }

    private static boolean numeric(Column c) {
        return c.type() == ColumnType.COUNT || c.type() == ColumnType.AMOUNT;
    }
}
