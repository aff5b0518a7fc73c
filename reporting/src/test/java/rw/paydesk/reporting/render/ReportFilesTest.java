package rw.paydesk.reporting.render;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import rw.paydesk.reporting.period.domain.ReportPeriod;
import rw.paydesk.reporting.report.domain.Chart;
import rw.paydesk.reporting.report.domain.Column;
import rw.paydesk.reporting.report.domain.Report;
import rw.paydesk.reporting.report.domain.ReportKind;
import rw.paydesk.reporting.report.domain.Section;
import rw.paydesk.reporting.report.domain.Series;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A report of known figures, written in every format and read back: the totals a finance officer
 * finds in each file are the report's own.
 */
class ReportFilesTest {

    static final ReportPeriod DAY = ReportPeriod.day(LocalDate.parse("2026-11-23"));
    static final Instant NOW = Instant.parse("2026-11-23T10:15:00Z");

    static final List<Column> TOTAL_COLUMNS = List.of(Column.text(Column.CURRENCY), Column.count("Collections"),
            Column.amount("Collected"), Column.amount("Net"));

    static Report report(int detailRows) {
        List<List<Object>> totals = List.of(
                Arrays.asList("RWF", 1234L, new BigDecimal("12500000.0000"), new BigDecimal("-40600")),
                Arrays.asList("USD", 2L, new BigDecimal("1234.5"), new BigDecimal("129.66")));
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < detailRows; i++) {
            rows.add(Arrays.asList(NOW.minusSeconds(i), "PDC-" + i, new BigDecimal("100"), "RWF"));
        }
        rows.add(Arrays.asList(null, "=HYPERLINK(\"http://evil\")", null, "RWF"));
        Section detail = new Section("rows", "Movements", List.of(Column.time("Created (Kigali)"), Column.text("Reference"),
                Column.amount("Amount"), Column.text(Column.CURRENCY)), rows, true, "First 1 of 2 rows; narrow the period for the rest.");
        Section totalsSection = new Section(Report.TOTALS, "Totals per currency", TOTAL_COLUMNS, totals, false,
                "Net <= collected & more");
        return new Report(ReportKind.SETTLEMENT, DAY, NOW, List.of(totalsSection, detail),
                List.of(new Chart("c", "Collected (RWF)", Chart.BAR, List.of("MTN"),
                        List.of(new Series("Collected (RWF)", List.of(BigDecimal.TEN))))));
    }

    @Test
    void csv_holds_every_section_with_plain_numbers_and_guards_formulas() {
        Report report = report(3);
        String csv = new String(ReportFiles.render(report, ReportFormat.CSV), StandardCharsets.UTF_8);
        List<List<String>> lines = CsvReader.parse(csv);
        assertEquals(List.of("\"Settlement summary, Monday 23 November 2026\""), List.of(csv.lines().findFirst().orElseThrow()));
        List<List<String>> totals = CsvReader.section(lines, "Totals per currency");
        assertEquals(List.of("Currency", "Collections", "Collected", "Net"), totals.get(0));
        assertEquals(List.of("RWF", "1234", "12500000", "-40600"), totals.get(1));
        assertEquals(List.of("USD", "2", "1234.5", "129.66"), totals.get(2));
        for (int r = 0; r < 2; r++) {
            for (int c = 1; c < 4; c++) {
                Object cell = report.totals().rows().get(r).get(c);
                assertEquals(0, new BigDecimal(totals.get(r + 1).get(c)).compareTo(new BigDecimal(cell.toString())));
            }
        }
        List<List<String>> movements = CsvReader.section(lines, "Movements");
        assertEquals("2026-11-23 12:15:00", movements.get(1).get(0), "times in Kigali");
        assertEquals("'=HYPERLINK(\"http://evil\")", movements.get(4).get(1));
        assertTrue(csv.contains("Note,First 1 of 2 rows; narrow the period for the rest."));
    }

    @Test
    void xlsx_has_a_sheet_per_section_with_numeric_totals() throws Exception {
        Report report = report(3);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ReportFiles.render(report, ReportFormat.XLSX)))) {
            assertEquals(2, book.getNumberOfSheets());
            Sheet totals = book.getSheet("Totals per currency");
            assertEquals("Collected", totals.getRow(0).getCell(2).getStringCellValue());
            assertEquals("RWF", totals.getRow(1).getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, totals.getRow(1).getCell(2).getCellType());
            for (int r = 0; r < 2; r++) {
                List<Object> expected = report.totals().rows().get(r);
                assertEquals(((Long) expected.get(1)).doubleValue(), totals.getRow(r + 1).getCell(1).getNumericCellValue());
                assertEquals(((BigDecimal) expected.get(2)).doubleValue(), totals.getRow(r + 1).getCell(2).getNumericCellValue());
                assertEquals(((BigDecimal) expected.get(3)).doubleValue(), totals.getRow(r + 1).getCell(3).getNumericCellValue());
            }
            assertEquals(5, book.getSheet("Movements").getLastRowNum() - 1, "header, 4 rows, a blank row and the note");
        }
    }

    @Test
    void pdf_opens_and_shows_the_totals_formatted_for_people() throws Exception {
        String text = pdfText(ReportFiles.render(report(3), ReportFormat.PDF));
        assertTrue(text.contains("Settlement summary, Monday 23 November 2026"), text);
        assertTrue(text.contains("Generated 2026-11-23 12:15:00 (Kigali)"), text);
        assertTrue(text.contains("12,500,000"), "RWF without decimals, grouped: " + text);
        assertTrue(text.contains("-40,600"), text);
        assertTrue(text.contains("1,234.50"), "USD with two decimals: " + text);
        assertTrue(text.contains("1,234"), text);
        assertTrue(text.contains("PDC-2"), text);
    }

    @Test
    void a_pdf_lists_at_most_5000_records_and_says_so() throws Exception {
        byte[] pdf = ReportFiles.render(report(ReportFiles.MAX_PDF_DETAIL_ROWS + 10), ReportFormat.PDF);
        PdfReader reader = new PdfReader(pdf);
        String last = new PdfTextExtractor(reader).getTextFromPage(reader.getNumberOfPages());
        reader.close();
        assertTrue(last.replaceAll("\\s+", " ").contains("first 5,000 of these 5,011 rows"), last);
    }

    @Test
    void the_mail_summary_has_the_totals_escaped_and_leaves_the_records_out() {
        String html = ReportHtml.summary(report(3));
        assertTrue(html.contains("Settlement summary, Monday 23 November 2026"));
        assertTrue(html.contains(">12,500,000<"), html);
        assertTrue(html.contains(">1,234.50<"), html);
        assertTrue(html.contains("Net &lt;= collected &amp; more"), html);
        assertFalse(html.contains("PDC-1"), "records are in the attachments");
        assertFalse(html.contains("<style"), "inline styles only");
    }

    @Test
    void file_names_say_the_report_and_the_period() {
        Report day = report(0);
        assertEquals("settlement-2026-11-23.csv", ReportFiles.fileName(day, ReportFormat.CSV));
        Report week = new Report(ReportKind.TRANSACTIONS, ReportPeriod.week(LocalDate.parse("2026-11-18")), NOW,
                day.sections(), List.of());
        assertEquals("transactions-2026-11-16_2026-11-22.xlsx", ReportFiles.fileName(week, ReportFormat.XLSX));
        Report month = new Report(ReportKind.PAYOUTS, ReportPeriod.month(YearMonth.of(2026, 11)), NOW, day.sections(), List.of());
        assertEquals("payouts-2026-11.pdf", ReportFiles.fileName(month, ReportFormat.PDF));
    }

    @Test
    void names_of_formats_and_kinds_are_read_leniently_and_refused_readably() {
        assertEquals(ReportFormat.XLSX, ReportFormat.fromName("xlsx"));
        assertEquals(ReportFormat.PDF, ReportFormat.fromName(" Pdf "));
        assertEquals("A report is written as CSV, XLSX or PDF, not 'doc'.",
                assertThrows(IllegalArgumentException.class, () -> ReportFormat.fromName("doc")).getMessage());
        assertEquals(ReportKind.EXCEPTIONS, ReportKind.fromSlug("exceptions"));
        assertEquals("There is no report called 'ledger'; choose one of settlement, transactions, payouts, exceptions.",
                assertThrows(IllegalArgumentException.class, () -> ReportKind.fromSlug("ledger")).getMessage());
    }

    @Test
    void csv_cells_are_quoted_and_formulas_defused() {
        assertEquals("", Csv.cell(null));
        assertEquals("-12.5", Csv.cell("-12.5"));
        assertEquals("'-1+2", Csv.cell("-1+2"));
        assertEquals("'@SUM(A1)", Csv.cell("@SUM(A1)"));
        assertEquals("\"a,b\"", Csv.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.cell("say \"hi\""));
    }

    static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                text.append(extractor.getTextFromPage(p)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }
}
