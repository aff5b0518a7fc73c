package rw.paydesk.payouts.batch.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchFileTest {

    private static final BatchFile.Limits LIMITS = new BatchFile.Limits(5 * 1024 * 1024, 10_000);
    private static final String HEADER = "type,bank_code,account_number,phone,provider,first_name,last_name,email,amount,description";

    private static BatchFile parse(String text) {
        return BatchFile.parse(text.getBytes(StandardCharsets.UTF_8), LIMITS, false);
    }

    private static String refusal(byte[] content, BatchFile.Limits limits) {
        return assertThrows(BatchFileException.class, () -> BatchFile.parse(content, limits, false)).getMessage();
    }

    private static String refusal(String text) {
        return refusal(text.getBytes(StandardCharsets.UTF_8), LIMITS);
    }

    @Test
    void reads_the_header_and_rows_with_their_line_numbers() {
        BatchFile file = parse(HEADER + "\r\nmobile,,,0788123456,,Jean,Mugisha,,15000,Salary\r\n\r\n"
                + "bank,access_rwanda,100200300400,,,Grace,Uwase,grace@example.rw,250000,Invoice 7\r\n");
        assertEquals(BatchFile.COLUMNS, file.header());
        assertEquals(2, file.records().size());
        assertEquals(2, file.records().get(0).line());
        assertEquals(4, file.records().get(1).line(), "the blank line 3 is skipped but counted");
        assertEquals("Grace", file.value(file.records().get(1), "first_name"));
    }

    @Test
    void quoted_fields_hold_commas_quotes_and_line_breaks() {
        BatchFile file = parse("type,phone,first_name,last_name,amount,description\n"
                + "mobile,0788123456,Jean,Mugisha,\"15,000\",\"Rent, \"\"May\"\"\nand June\"\n"
                + "mobile,0722123456,Aline,Uwera,2000,x\n");
        BatchFile.Record first = file.records().get(0);
        assertEquals("15,000", file.value(first, "amount"));
        assertEquals("Rent, \"May\"\nand June", file.value(first, "description"));
        assertEquals(4, file.records().get(1).line(), "a record after a two-line field starts on line 4");
    }

    @Test
    void a_byte_order_mark_and_header_spelling_are_tolerated() {
        BatchFile file = parse("\uFEFFType, First Name ,LAST_NAME,amount,phone\nmobile,Jean,Mugisha,100,0788123456");
        assertEquals(List.of("type", "first_name", "last_name", "amount", "phone"), file.header());
        assertEquals("0788123456", file.value(file.records().get(0), "phone"));
    }

    @Test
    void an_empty_file_is_refused() {
        assertTrue(refusal(new byte[0], LIMITS).contains("empty"));
        assertTrue(refusal("\n \n").contains("empty"));
    }

    @Test
    void a_header_without_rows_is_refused() {
        assertTrue(refusal(HEADER + "\n\n").contains("no payout rows"));
    }

    @Test
    void a_file_without_a_header_is_refused() {
        assertTrue(refusal("mobile,0788123456,Jean,Mugisha,15000\n").contains("header row"));
    }

    @Test
    void semicolons_are_named_as_the_likely_mistake() {
        assertTrue(refusal("type;phone;first_name;last_name;amount\nmobile;0788123456;Jean;Mugisha;100")
                .contains("separated by ';'"));
    }

    @Test
    void an_unknown_column_is_refused_by_name() {
        String why = refusal("type,iban,first_name,last_name,amount\nbank,RW12,A,B,100");
        assertTrue(why.contains("Unknown column 'iban'"), why);
        assertTrue(why.contains("account_number"), "lists the columns: " + why);
    }

    @Test
    void a_column_twice_or_without_a_name_is_refused() {
        assertTrue(refusal("type,amount,first_name,last_name,amount\nbank,1,A,B,1").contains("appears twice"));
        assertTrue(refusal("type,,first_name,last_name,amount\nbank,1,A,B,1").contains("no name"));
    }

    @Test
    void required_columns_are_named_when_missing() {
        String why = refusal("type,first_name,phone\nmobile,Jean,0788123456");
        assertTrue(why.contains("last_name, amount"), why);
    }

    @Test
    void the_simulation_column_exists_in_the_sandbox_only() {
        String text = "type,phone,first_name,last_name,amount,simulation\nmobile,0788123456,Jean,Mugisha,100,blocked_bank";
        assertTrue(refusal(text).contains("sandbox only"));
        BatchFile file = BatchFile.parse(text.getBytes(StandardCharsets.UTF_8), LIMITS, true);
        assertEquals("blocked_bank", file.value(file.records().get(0), BatchFile.SIMULATION));
    }

    @Test
    void a_file_that_is_not_utf8_is_refused_with_the_line_of_the_bad_byte() {
        byte[] latin1 = (HEADER + "\nmobile,,,0788123456,,Jérôme,Habimana,,100,x\n").getBytes(StandardCharsets.ISO_8859_1);
        String why = refusal(latin1, LIMITS);
        assertTrue(why.contains("not UTF-8") && why.contains("line 2"), why);
    }

    @Test
    void a_spreadsheet_workbook_is_recognised() {
        assertTrue(refusal(new byte[]{'P', 'K', 3, 4, 20, 0, 0}, LIMITS).contains("workbook"));
    }

    @Test
    void files_over_the_size_limit_are_refused() {
        byte[] big = (HEADER + "\n" + "mobile,,,0788123456,,Jean,Mugisha,,100,x\n".repeat(40)).getBytes(StandardCharsets.UTF_8);
        String why = refusal(big, new BatchFile.Limits(1024, 10_000));
        assertTrue(why.contains("at most 1 KB"), why);
    }

    @Test
    void files_over_the_row_limit_are_refused() {
        String text = HEADER + "\n" + "mobile,,,0788123456,,Jean,Mugisha,,100,x\n".repeat(11);
        String why = refusal(text.getBytes(StandardCharsets.UTF_8), new BatchFile.Limits(1 << 20, 10));
        assertTrue(why.contains("more than 10 payout rows"), why);
    }

    @Test
    void a_quote_that_never_closes_is_refused_with_its_line() {
        assertTrue(refusal(HEADER + "\nmobile,,,0788123456,,Jean,Mugisha,,100,\"Rent\n").contains("Line 2"));
    }
}
