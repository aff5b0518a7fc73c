package rw.paydesk.portal.transactions;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import rw.paydesk.core.ledger.domain.Direction;
import rw.paydesk.core.ledger.domain.LedgerEntry;
import rw.paydesk.core.ledger.domain.LedgerStatus;
import rw.paydesk.core.ledger.domain.Movement;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The three export files hold the rows, and say so when there were more than they could take. */
class TransactionExportsTest {

    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    private static final List<LedgerEntry> ROWS = List.of(
            LedgerEntry.fromLocal(new Movement("PDM000000000001", Direction.COLLECTION, LedgerStatus.SUCCESSFUL, "SUCCESSFUL",
                    new BigDecimal("4200"), new BigDecimal("294"), "RWF", "Mobile money", "mobile_money", "MTN",
                    "788123456", "1", T0, T0), T0),
            LedgerEntry.fromLocal(new Movement("PDP000000000002", Direction.PAYOUT, LedgerStatus.PENDING, "SUBMITTED",
                    new BigDecimal("12.50"), null, "USD", "Payout", "bank", "=HYPERLINK(\"x\"), Bank", "00012345",
                    null, T0, T0), T0));

    private static Consumer<Consumer<LedgerEntry>> rows() {
        return ROWS::forEach;
    }

    @Test
    void csv_holds_a_header_and_one_line_a_row_safe_for_spreadsheets() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TransactionExports.csv(out, rows(), 2);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).startsWith("Created (Kigali),Updated (Kigali),Direction,Status,Amount"), lines.get(0));
        assertTrue(lines.get(1).contains(",Collection,Successful,4200,294,RWF,"), lines.get(1));
        assertTrue(lines.get(2).contains("\"'=HYPERLINK(\"\"x\"\"), Bank\""), "a formula is defused and quoted: " + lines.get(2));
        assertTrue(lines.get(2).contains(",12.5,,USD,"), lines.get(2));
    }

    @Test
    void csv_says_when_the_selection_was_larger_than_the_file() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TransactionExports.csv(out, rows(), 250_000);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("# 2 of 250000 rows"));
    }

    @Test
    void xlsx_has_numbers_as_numbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TransactionExports.xlsx(out, rows(), 2);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheet("Transactions");
            assertEquals("Reference", sheet.getRow(0).getCell(11).getStringCellValue());
            assertEquals("PDM000000000001", sheet.getRow(1).getCell(11).getStringCellValue());
            assertEquals(4200.0, sheet.getRow(1).getCell(4).getNumericCellValue());
            assertEquals(12.5, sheet.getRow(2).getCell(4).getNumericCellValue());
            assertEquals(2, sheet.getLastRowNum());
        }
    }

    @Test
    void pdf_lists_the_rows_and_how_many_of_how_many() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TransactionExports.pdf(out, rows(), 2, "direction: PAYOUT");
        PdfReader reader = new PdfReader(out.toByteArray());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertTrue(text.contains("PayDesk transactions"), text);
        assertTrue(text.contains("PDM000000000001") && text.contains("PDP000000000002"), text);
        assertTrue(text.contains("2 of 2 rows"), text);
        reader.close();
    }
}
